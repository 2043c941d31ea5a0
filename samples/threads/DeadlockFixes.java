// The transfers from DeadlockDemo, fixed twice: a global lock order, and tryLock with a timeout.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

// Each account has an id (for ordering) and its own lock.
record Account(int id, ReentrantLock lock, long[] balance) {
    Account(int id) { this(id, new ReentrantLock(), new long[] {1_000}); }
}

static final int TRANSFERS = 100_000;     // per thread
final LongAdder retries = new LongAdder();
// The first transfers collide on purpose: each thread holds its first lock until the other
// holds its own, as in DeadlockDemo. The tryLock fix must then get out of that.
final CountDownLatch collide = new CountDownLatch(2);

// Fix 1: every thread takes the lower id first, so no cycle of waits can form.
void orderedTransfer(Account from, Account to, long amount) {
    Account first = from.id() < to.id() ? from : to;
    Account second = first == from ? to : from;
    first.lock().lock();
    try {
        second.lock().lock();
        try { from.balance()[0] -= amount; to.balance()[0] += amount; }
        finally { second.lock().unlock(); }
    } finally { first.lock().unlock(); }
}

// Fix 2: take the locks in any order, but give up after a timeout, release everything,
// back off, retry.
void tryLockTransfer(Account from, Account to, long amount) throws InterruptedException {
    while (true) {
        if (from.lock().tryLock(1, TimeUnit.MILLISECONDS)) {
            try {
                if (collide.getCount() > 0) { collide.countDown(); collide.await(); }
                if (to.lock().tryLock(1, TimeUnit.MILLISECONDS)) {
                    try { from.balance()[0] -= amount; to.balance()[0] += amount; return; }
                    finally { to.lock().unlock(); }
                }
            } finally { from.lock().unlock(); }
        }
        retries.increment();
        // A random pause breaks the symmetry; without it both threads could retry in
        // lockstep (livelock).
        Thread.sleep(0, ThreadLocalRandom.current().nextInt(1_000, 100_000));
    }
}

interface Transfer { void run(Account from, Account to, long amount) throws InterruptedException; }

// TRANSFERS transfers of 1 from 'from' to 'to'.
static Runnable transfers(Transfer transfer, Account from, Account to) {
    return () -> {
        try {
            for (int i = 0; i < TRANSFERS; i++) transfer.run(from, to, 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };
}

void race(String name, Transfer transfer) throws InterruptedException {
    var a = new Account(1);
    var b = new Account(2);
    Thread t1 = Thread.ofPlatform().start(transfers(transfer, a, b));
    Thread t2 = Thread.ofPlatform().start(transfers(transfer, b, a));
    t1.join();
    t2.join();
    long total = a.balance()[0] + b.balance()[0];
    IO.println(name + ": " + 2 * TRANSFERS + " transfers finished, total money " + total);
}

void main() throws InterruptedException {
    race("lock ordering", this::orderedTransfer);
    race("tryLock with timeout", this::tryLockTransfer);
    IO.println("tryLock retries: " + retries.sum());
}
