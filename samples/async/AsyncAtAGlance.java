// 10,000 tasks that each wait 200 ms, on virtual threads.
// Each task is plain blocking code; the JVM parks the virtual thread while it
// sleeps and lends its carrier (a platform thread) to another one.
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

// toString() of a virtual thread names its current carrier:
// VirtualThread[#42]/runnable@ForkJoinPool-1-worker-2
static void noteCarrier(Set<String> carriers) {
    String s = Thread.currentThread().toString();
    carriers.add(s.substring(s.indexOf('@') + 1));
}

void main() throws Exception {
    int tasks = 10_000;
    long waitMs = 200;
    int cores = Runtime.getRuntime().availableProcessors();
    var carriers = ConcurrentHashMap.<String>newKeySet();

    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < tasks; i++) {
            executor.submit(() -> {
                noteCarrier(carriers);            // the carrier before the wait...
                Thread.sleep(waitMs);             // a blocking wait: parks, frees the carrier
                noteCarrier(carriers);            // ...and after it (often another one)
                return null;
            });
        }
    } // close() waits for every task, like asyncio.gather
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    IO.println("tasks: " + tasks);
    IO.println("each waits: " + waitMs + " ms");
    IO.println("waiting in total: " + tasks * waitMs / 1000 + " s");
    IO.println("elapsed: " + elapsedMs + " ms");
    // total waiting divided by wall time: how many waits overlapped on average
    IO.println("waits overlapped: " + (tasks * waitMs / elapsedMs) + " x");
    IO.println("cores: " + cores);
    IO.println("platform threads that carried them: " + carriers.size());
    double perCore = (double) carriers.size() / cores;
    IO.println(String.format(Locale.ROOT, "carriers per core: %.2f", perCore));
}
