// N tasks, a thread per task: platform threads vs virtual threads, time and memory.
// Time: start N threads that wait until all exist, then each sleeps 50 ms (a slow call);
// until all are done. Memory: what N waiting threads hold, as resident memory of the process
// (from /proc, so Linux only) and as live heap, for both kinds.
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;

static final int[] TASKS = {100, 200, 300, 400};

static Thread.Builder builder(boolean virtual) {
    return virtual ? Thread.ofVirtual() : Thread.ofPlatform();
}

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
static long heapBytes() {                          // the heap still in use after a GC
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
}

static long rssBytes() throws Exception {          // the process's resident memory
    for (String line : Files.readAllLines(Path.of("/proc/self/status")))
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
    throw new IllegalStateException("no VmRSS");
}

// Adds waiting threads step by step (none ends before the last step). At each step, once every
// thread is parked, measures how much live heap and resident memory have grown: {heap, RSS} in MB.
static double[][] megabytes(boolean virtual) throws Exception {
    var release = new CountDownLatch(1);
    var threads = new ArrayList<Thread>();
    var result = new double[TASKS.length][];
    heapBytes();                                   // a first GC may still free leftovers
    long heapBefore = heapBytes(), rssBefore = rssBytes();
    for (int step = 0; step < TASKS.length; step++) {
        while (threads.size() < TASKS[step]) {
            threads.add(builder(virtual).start(() -> {
                try { release.await(); } catch (InterruptedException e) { }
            }));
        }
        for (Thread t : threads)                   // wait until each thread has parked
            while (t.getState() != Thread.State.WAITING) Thread.sleep(1);
        long heap = heapBytes(), rss = rssBytes();
        result[step] = new double[] {(heap - heapBefore) / 1e6, (rss - rssBefore) / 1e6};
    }
    release.countDown();
    for (Thread t : threads) t.join();
    return result;
}
// end::memory[]

void main() throws Exception {
    timeMillis(true, 400);                         // warm-up, not shown: one-time costs (class
    megabytes(false);                              // loading, JIT, native memory pools) would
                                                   // count as thread memory
    Thread.sleep(100);                             // let the JIT finish what the warm-up started
    double[][] platform = megabytes(false), virtual = megabytes(true);
    IO.println("| tasks | platform (ms) | virtual (ms) |");
    IO.println("|---|---|---|");
    double platformTime = 0, virtualTime = 0;
    for (int n : TASKS) {
        platformTime = timeMillis(false, n);
        virtualTime = timeMillis(true, n);
        IO.println("| %d | %.0f | %.0f |".formatted(n, platformTime, virtualTime));
    }
    IO.println();
    IO.println("| tasks | platform RSS (MB) | platform heap (MB) | virtual RSS (MB)"
            + " | virtual heap (MB) |");
    IO.println("|---|---|---|---|---|");
    for (int i = 0; i < TASKS.length; i++)
        IO.println("| %d | %.1f | %.1f | %.1f | %.1f |".formatted(TASKS[i],
                platform[i][1], platform[i][0], virtual[i][1], virtual[i][0]));
    IO.println();
    int last = TASKS.length - 1;
    IO.println("platform / virtual time at %d tasks: %.2f x"
            .formatted(TASKS[last], platformTime / virtualTime));
    IO.println("platform RSS / virtual heap at %d tasks: %.1f x"
            .formatted(TASKS[last], platform[last][1] / virtual[last][0]));
}
