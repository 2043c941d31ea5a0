// N tasks, a thread per task: platform threads vs virtual threads, time and memory.
// Time: start N threads that wait until all exist, then each sleeps 50 ms (a slow call); until all are done.
// Memory: what N waiting threads hold. Platform stacks are native memory (resident memory from /proc,
// so Linux only); virtual threads keep their frames in the heap.
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;

static final int[] TASKS = {100, 200, 300, 400};

static Thread.Builder builder(boolean virtual) { return virtual ? Thread.ofVirtual() : Thread.ofPlatform(); }

static double timeMillis(boolean virtual, int n) throws Exception {
    var ready = new CountDownLatch(n);
    var go = new CountDownLatch(1);
    var threads = new ArrayList<Thread>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
        threads.add(builder(virtual).start(() -> {
            ready.countDown();
            try { go.await(); Thread.sleep(50); } catch (InterruptedException e) { }
        }));
    }
    ready.await();                                 // all n threads exist
    go.countDown();
    for (Thread t : threads) t.join();
    return (System.nanoTime() - start) / 1e6;
}

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

// Adds waiting threads step by step (none ends before the last step), measuring memory at each count.
static double[] megabytes(boolean virtual) throws Exception {
    var release = new CountDownLatch(1);
    var threads = new ArrayList<Thread>();
    var result = new double[TASKS.length];
    long before = virtual ? heapBytes() : rssBytes();
    for (int step = 0; step < TASKS.length; step++) {
        var ready = new CountDownLatch(TASKS[step] - threads.size());
        while (threads.size() < TASKS[step]) {
            threads.add(builder(virtual).start(() -> {
                ready.countDown();
                try { release.await(); } catch (InterruptedException e) { }
            }));
        }
        ready.await();                             // every thread started so far is now waiting
        result[step] = ((virtual ? heapBytes() : rssBytes()) - before) / 1e6;
    }
    release.countDown();
    for (Thread t : threads) t.join();
    return result;
}
// end::memory[]

void main() throws Exception {
    timeMillis(true, 400);                         // warm-up, not shown: one-time costs (class loading,
    megabytes(false);                              // JIT, native memory pools) would count as thread memory
    Thread.sleep(200);                             // let the JIT compilers finish what the warm-up started
    double[] platformMemory = megabytes(false), virtualMemory = megabytes(true);
    IO.println("| tasks | platform (ms) | virtual (ms) |");
    IO.println("|---|---|---|");
    double platformTime = 0, virtualTime = 0;
    for (int n : TASKS) {
        platformTime = timeMillis(false, n);
        virtualTime = timeMillis(true, n);
        IO.println("| %d | %.0f | %.0f |".formatted(n, platformTime, virtualTime));
    }
    IO.println();
    IO.println("| tasks | platform (MB) | virtual (MB) |");
    IO.println("|---|---|---|");
    for (int i = 0; i < TASKS.length; i++)
        IO.println("| %d | %.1f | %.1f |".formatted(TASKS[i], platformMemory[i], virtualMemory[i]));
    IO.println();
    int last = TASKS.length - 1;
    IO.println("time, platform / virtual at %d tasks: %.1f x".formatted(TASKS[last], platformTime / virtualTime));
    IO.println("memory, platform / virtual at %d tasks: %.0f x".formatted(TASKS[last], platformMemory[last] / virtualMemory[last]));
}
