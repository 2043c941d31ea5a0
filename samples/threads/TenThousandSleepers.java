// 10,000 virtual threads that each sleep 1 second: how long until all of them are done,
// and on how many carrier threads did they run?
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

static final int TASKS = 10_000;
static final Duration SLEEP = Duration.ofSeconds(1);

// Starts n virtual threads that each sleep, waits for all of them; returns {start, total} seconds.
// Each task records the carrier it woke up on, and counts itself as finished.
static double[] sleepers(int n, Duration sleep, Set<String> carriers, AtomicInteger finished) {
    long start = System.nanoTime(), started;
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) { // a virtual thread per task
        for (int i = 0; i < n; i++) {
            executor.submit(() -> {
                Thread.sleep(sleep);  // the virtual thread unmounts; its carrier runs others
                // A mounted virtual thread's toString() ends with its carrier's name, e.g.
                // "VirtualThread[#42]/runnable@ForkJoinPool-1-worker-2" (a detail of the JDK).
                carriers.add(Thread.currentThread().toString().replaceFirst(".*@", ""));
                finished.incrementAndGet();
                return null;
            });
        }
        started = System.nanoTime();
    }                                     // close() waits until every task has finished
    return new double[] {(started - start) / 1e9, (System.nanoTime() - start) / 1e9};
}

void main() {
    for (int i = 0; i < 3; i++) {         // warm-up, not measured: the JIT compiles the machinery
        sleepers(TASKS, Duration.ofMillis(10), ConcurrentHashMap.newKeySet(), new AtomicInteger());
    }
    Set<String> carriers = ConcurrentHashMap.newKeySet();
    var finished = new AtomicInteger();
    double[] seconds = sleepers(TASKS, SLEEP, carriers, finished);
    int cores = Runtime.getRuntime().availableProcessors();  // the default scheduler's parallelism
    IO.println("JDK " + Runtime.version());
    IO.println("cores: " + cores);
    IO.println("carrier threads used: " + carriers.size());
    IO.println("carrier threads beyond one per core: " + Math.max(0, carriers.size() - cores));
    IO.println("virtual threads finished: " + finished.get());
    IO.println("sleep time if run one after another: " + TASKS * SLEEP.toSeconds() + " s");
    IO.println("starting the threads: %.3f s".formatted(seconds[0]));
    IO.println("time: %.3f s".formatted(seconds[1]));
    IO.println("time / one sleep: %.2f x".formatted(seconds[1] / (SLEEP.toMillis() / 1e3)));
}
