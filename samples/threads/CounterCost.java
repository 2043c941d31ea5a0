// What each correct counter costs when 4 threads increment it at the same time.
// Reports nanoseconds per increment (lower is better) as a table, plus ratios.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.ReentrantLock;

static final int THREADS = 4, PER_THREAD = 200_000;

static long plainCount;
static final Object MONITOR = new Object();
static final ReentrantLock LOCK = new ReentrantLock();

// Time THREADS threads doing PER_THREAD increments each, started together.
static double nanosPerIncrement(Runnable increment) throws InterruptedException {
    var go = new CountDownLatch(1);
    var threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
        threads[i] = Thread.ofPlatform().start(() -> {
            try { go.await(); } catch (InterruptedException e) { return; }
            for (int n = 0; n < PER_THREAD; n++) increment.run();
        });
    }
    long start = System.nanoTime();
    go.countDown();
    for (var t : threads) t.join();
    return (double) (System.nanoTime() - start) / ((long) THREADS * PER_THREAD);
}

void main() throws InterruptedException {
    var atomic = new AtomicLong();
    var adder = new LongAdder();
    String[] names = {"synchronized", "ReentrantLock", "AtomicLong", "LongAdder"};
    Runnable[] ways = {
        () -> { synchronized (MONITOR) { plainCount++; } },
        () -> { LOCK.lock(); try { plainCount++; } finally { LOCK.unlock(); } },
        atomic::incrementAndGet,
        adder::increment,
    };
    double[] best = new double[ways.length];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    // Round 0 warms up the JIT compiler; rounds 1-3 are measured, best of three is kept.
    for (int round = 0; round <= 3; round++) {
        for (int w = 0; w < ways.length; w++) {
            double ns = nanosPerIncrement(ways[w]);
            if (round > 0) best[w] = Math.min(best[w], ns);
        }
    }
    IO.println("| counter | ns per increment |");
    IO.println("|---|---|");
    for (int w = 0; w < ways.length; w++) IO.println("| %s | %.1f |".formatted(names[w], best[w]));
    IO.println("synchronized / LongAdder: %.1f x".formatted(best[0] / best[3]));
    IO.println("AtomicLong / LongAdder: %.1f x".formatted(best[2] / best[3]));
    IO.println("ReentrantLock / synchronized: %.2f x".formatted(best[1] / best[0]));
}
