// Memory per thread while it waits: a platform thread vs a virtual thread with a shallow
// and a deep stack.
// A platform thread's stack is native memory: measured as the process's resident memory
// (RSS, from /proc, so Linux only). That is user-space memory only: the kernel's own
// stack and bookkeeping for each thread are not part of it.
// A virtual thread's frames are copied into the heap when it parks: measured as heap in
// use after a GC.
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;

static long rssBytes() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status")))
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
    throw new IllegalStateException("no VmRSS");
}

static long heapBytes() {
    System.gc();                          // count only what is still reachable
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
}

// Recurse until 'depth' frames are on the stack, then wait there: the frames stay alive
// while it waits.
static void waitDeep(int depth, CountDownLatch ready, CountDownLatch release) {
    if (depth > 1) { waitDeep(depth - 1, ready, release); return; }
    ready.countDown();
    try { release.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
}

// Starts n threads that all wait 'depth' frames deep; returns the memory growth in KB per thread.
static double kbPerThread(boolean virtual, int n, int depth) throws Exception {
    var ready = new CountDownLatch(n);
    var release = new CountDownLatch(1);
    var threads = new ArrayList<Thread>(n);
    var builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
    long before = virtual ? heapBytes() : rssBytes();
    for (int i = 0; i < n; i++) threads.add(builder.start(() -> waitDeep(depth, ready, release)));
    ready.await();                        // every thread has reached its deepest frame...
    for (Thread t : threads) {            // ...then wait until each one has parked in await()
        while (t.getState() != Thread.State.WAITING) Thread.sleep(1);
    }
    long after = virtual ? heapBytes() : rssBytes();
    release.countDown();
    for (Thread t : threads) t.join();
    return (after - before) / 1024.0 / n;
}

void main() throws Exception {
    // Warm-up of the same size: one-time costs (class loading, JIT, native memory pools)
    // would otherwise count as thread memory.
    kbPerThread(false, 500, 1);
    kbPerThread(true, 1_000, 200);
    double platform = kbPerThread(false, 500, 1);
    double virtual1 = kbPerThread(true, 5_000, 1);
    double virtual200 = kbPerThread(true, 5_000, 200);
    IO.println("| thread | memory per waiting thread (KB) |");
    IO.println("|---|---|");
    IO.println("| platform, 1 frame deep | %.1f |".formatted(platform));
    IO.println("| virtual, 1 frame deep | %.1f |".formatted(virtual1));
    IO.println("| virtual, 200 frames deep | %.1f |".formatted(virtual200));
    IO.println();
    var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String stackSize = hotspot.getVMOption("ThreadStackSize").getValue();
    IO.println("stack reserved per platform thread (ThreadStackSize): " + stackSize + " KB");
    IO.println("platform / virtual: %.1f x".formatted(platform / virtual1));
    IO.println("virtual 200 frames / 1 frame: %.1f x".formatted(virtual200 / virtual1));
}
