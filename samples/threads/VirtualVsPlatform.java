// N tasks, a thread per task: they start, wait until all N exist, then each sleeps 50 ms (a slow call).
// Platform threads vs virtual threads: the time until all are done, and the memory they hold meanwhile.
// Platform stacks are native memory (resident memory from /proc, so Linux only); virtual stacks live in the heap.
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;

static final int[] TASKS = {200, 400, 600, 800};

// One result: how long until all n tasks were done, and how much memory they held while waiting.
record Result(double millis, double megabytes) { }

// tag::memory[]
static long rssBytes() throws Exception {          // platform threads: the process's resident memory
    for (String line : Files.readAllLines(Path.of("/proc/self/status")))
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
    throw new IllegalStateException("no VmRSS");
}

static long heapBytes() {                          // virtual threads: the heap still in use after a GC
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
}

static Result run(boolean virtual, int n) throws Exception {
    var ready = new CountDownLatch(n);
    var go = new CountDownLatch(1);
    var threads = new ArrayList<Thread>(n);
    var builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
    long memoryBefore = virtual ? heapBytes() : rssBytes();
    long start = System.nanoTime();                // time = starting the threads + running the tasks
    for (int i = 0; i < n; i++) {
        threads.add(builder.start(() -> {
            ready.countDown();
            try { go.await(); Thread.sleep(50); } catch (InterruptedException e) { }
        }));
    }
    ready.await();                                 // all n threads exist and wait: measure their memory
    long started = System.nanoTime();
    long memoryWaiting = virtual ? heapBytes() : rssBytes();
    long released = System.nanoTime();                  // (the memory measurement is not timed)
    go.countDown();
    for (Thread t : threads) t.join();
    double millis = (started - start + System.nanoTime() - released) / 1e6;
    return new Result(millis, (memoryWaiting - memoryBefore) / 1e6);
}
// end::memory[]

void main() throws Exception {
    run(false, 400);                               // warm-up, not shown: class loading, JIT, malloc arenas
    run(true, 800);
    var platform = new ArrayList<Result>();
    var virtual = new ArrayList<Result>();
    for (int n : TASKS) {
        platform.add(run(false, n));
        virtual.add(run(true, n));
    }
    IO.println("| tasks | platform (ms) | virtual (ms) |");
    IO.println("|---|---|---|");
    for (int i = 0; i < TASKS.length; i++)
        IO.println("| %d | %.0f | %.0f |".formatted(TASKS[i], platform.get(i).millis(), virtual.get(i).millis()));
    IO.println();
    IO.println("| tasks | platform (MB) | virtual (MB) |");
    IO.println("|---|---|---|");
    for (int i = 0; i < TASKS.length; i++)
        IO.println("| %d | %.1f | %.1f |".formatted(TASKS[i], platform.get(i).megabytes(), virtual.get(i).megabytes()));
    IO.println();
    int last = TASKS.length - 1;
    IO.println("time, platform / virtual at %d tasks: %.1f x".formatted(TASKS[last], platform.get(last).millis() / virtual.get(last).millis()));
    IO.println("memory, platform / virtual at %d tasks: %.0f x".formatted(TASKS[last], platform.get(last).megabytes() / virtual.get(last).megabytes()));
}
