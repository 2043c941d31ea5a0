// Four correct ways to count from ten threads. Each run repeats the seed's
// example 3 (10 threads x 10,000 increments) and must end at exactly 100,000.
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.ReentrantLock;

static final int THREADS = 10, INCREMENTS = 10_000;

// Runs `increment` THREADS x INCREMENTS times, from THREADS threads at once.
static void hammer(Runnable increment) throws InterruptedException {
    var threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
        threads[i] = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < INCREMENTS; n++) increment.run();
        });
    }
    for (var t : threads) t.join(); // join: the threads' writes are visible to main afterwards
}

static long plainCount; // guarded by LOCK_OBJECT or by LOCK, never both at once
static final Object LOCK_OBJECT = new Object();
static final ReentrantLock LOCK = new ReentrantLock();

void main() throws InterruptedException {
    // 1. synchronized: one thread at a time inside the block (the JVM's built-in monitor)
    plainCount = 0;
    hammer(() -> { synchronized (LOCK_OBJECT) { plainCount++; } });
    IO.println("synchronized: " + plainCount);

    // 2. ReentrantLock: the same exclusion as an object (what the seed's Lock did);
    //    always unlock in finally
    plainCount = 0;
    hammer(() -> { LOCK.lock(); try { plainCount++; } finally { LOCK.unlock(); } });
    IO.println("ReentrantLock: " + plainCount);

    // 3. AtomicLong: a lock-free read-add-write done as one indivisible step (CAS)
    var atomic = new AtomicLong();
    hammer(atomic::incrementAndGet);
    IO.println("AtomicLong: " + atomic.get());

    // 4. LongAdder: one cell per contending thread, summed when you ask for the value
    var adder = new LongAdder();
    hammer(adder::increment);
    IO.println("LongAdder: " + adder.sum());
}
