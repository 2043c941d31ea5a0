// The racy increment from LostUpdates (read, about 1 microsecond of work, write),
// made safe four ways. 10 threads x 10,000 increments must end at exactly 100,000.
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.ReentrantLock;

static final int THREADS = 10, INCREMENTS = 10_000;

static void pause() { // about one microsecond of "work"
    long until = System.nanoTime() + 1_000;
    while (System.nanoTime() < until) Thread.onSpinWait();
}

// Runs `increment` INCREMENTS times in each of THREADS threads running side by side.
static void hammer(Runnable increment) throws InterruptedException {
    var threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
        threads[i] = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < INCREMENTS; n++) increment.run();
        });
    }
    for (var t : threads) t.join(); // after join, the threads' writes are visible here
}

static long count; // a plain field: the lock, not volatile, makes it safe
static final Object MONITOR = new Object();
static final ReentrantLock LOCK = new ReentrantLock();

void main() throws InterruptedException {
    // 1. synchronized: one thread at a time between the read and the write
    count = 0;
    hammer(() -> { synchronized (MONITOR) { long read = count; pause(); count = read + 1; } });
    IO.println("synchronized: " + count);

    // 2. ReentrantLock: the same exclusion as an object; unlock in finally. (The seed's
    //    Lock does this job too, but Python's reentrant, owned lock is RLock.)
    count = 0;
    hammer(() -> {
        LOCK.lock();
        try { long read = count; pause(); count = read + 1; } finally { LOCK.unlock(); }
    });
    IO.println("ReentrantLock: " + count);

    // 3. AtomicLong: no lock. updateAndGet writes only if the value is still the one it
    //    read (compare-and-set), and otherwise runs the function again with the new value.
    var atomic = new AtomicLong();
    hammer(() -> atomic.updateAndGet(read -> { pause(); return read + 1; }));
    IO.println("AtomicLong: " + atomic.get());

    // 4. LongAdder: do the work outside, share only the addition
    //    (spread over a few cells once threads collide)
    var adder = new LongAdder();
    hammer(() -> { pause(); adder.increment(); });
    IO.println("LongAdder: " + adder.sum());
}
