// The seed's example 3 without its lock: 10 threads each add 1 to a shared
// counter 10,000 times. count++ is three steps (read, add 1, write back), so two
// threads can read the same value, and then one of the two increments is lost.
import java.util.concurrent.CountDownLatch;

static final int THREADS = 10, INCREMENTS = 10_000, EXPECTED = THREADS * INCREMENTS;

// volatile makes the JIT compiler perform every read and write of count as written,
// in order (it may otherwise keep a plain field in a register for the whole loop), and
// makes each write visible to later reads by other threads. It does NOT make count++
// atomic: this counter is still unprotected.
static volatile long count;

// Busy for about one microsecond: stands for any work between the read and the write.
static void pause() {
    long until = System.nanoTime() + 1_000;
    while (System.nanoTime() < until) Thread.onSpinWait();
}

// Runs `increment` INCREMENTS times in each of THREADS threads, all waiting on one latch.
// When it opens, each woken thread wakes the next: they start close together, not at once.
static long race(Runnable increment) throws InterruptedException {
    count = 0;
    var startGate = new CountDownLatch(1);
    var threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
        threads[i] = Thread.ofPlatform().start(() -> {
            try { startGate.await(); } catch (InterruptedException e) { return; }
            for (int n = 0; n < INCREMENTS; n++) increment.run();
        });
    }
    startGate.countDown();
    for (var t : threads) t.join();
    return count;
}

void main() throws InterruptedException {
    long plain = race(() -> count++);  // the seed's increment, without its lock
    long gap = race(() -> {
        long read = count;             // 1. read
        pause();                       //    ...a gap, as if the thread did some work...
        count = read + 1;              // 2. add, 3. write: may overwrite others' increments
    });
    IO.println("| increment | final count | lost updates |");
    IO.println("|---|---|---|");
    IO.println("| count++ | " + plain + " | " + (EXPECTED - plain) + " |");
    IO.println("| read, 1 microsecond of work, write | " + gap + " | " + (EXPECTED - gap) + " |");
    IO.println("expected: " + EXPECTED);
    IO.println("lost with count++: " + (EXPECTED - plain));
    IO.println("lost with a gap: " + (EXPECTED - gap));
}
