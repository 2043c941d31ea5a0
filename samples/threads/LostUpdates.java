// The seed's example 3 without its lock: 10 threads each add 1 to a shared
// counter 10,000 times. count++ is three steps (read, add 1, write back), so two
// threads can read the same value, and then one of the two increments is lost.
import java.util.concurrent.CountDownLatch;

static final int THREADS = 10, INCREMENTS = 10_000, EXPECTED = THREADS * INCREMENTS;

// volatile makes every count++ really read and write memory (the JIT compiler may
// otherwise keep a plain field in a register for the whole loop). It does NOT
// make count++ atomic: this counter is still unprotected.
static volatile long count;

static long runOnce() throws InterruptedException {
    count = 0;
    var startGate = new CountDownLatch(1); // release the ten threads together
    var threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
        threads[i] = Thread.ofPlatform().start(() -> {
            try { startGate.await(); } catch (InterruptedException e) { return; }
            for (int n = 0; n < INCREMENTS; n++) count++; // read, add, write: not atomic
        });
    }
    startGate.countDown();
    for (var t : threads) t.join();
    return count;
}

void main() throws InterruptedException {
    // Repeat the experiment until a trial loses updates (at most 500 trials or 2.5 s).
    // How many trials that takes shows how well such a bug can hide.
    long deadline = System.nanoTime() + 2_500_000_000L, result = EXPECTED;
    int trials = 0;
    while (result == EXPECTED && trials < 500 && System.nanoTime() < deadline) {
        result = runOnce();
        trials++;
    }
    IO.println("expected: " + EXPECTED);
    IO.println("trials run: " + trials);
    IO.println("final count in the last trial: " + result);
    IO.println("lost updates: " + (EXPECTED - result));
}
