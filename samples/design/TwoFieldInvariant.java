// Two fields that must agree. Money moves between two accounts, so their total never changes:
// that is the invariant. Making each field an AtomicLong keeps every single update whole, but a
// reader can still see the money after it left one account and before it reached the other.
// One lock over both fields, for the writer and the reader, keeps the invariant.
import java.lang.annotation.*;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

static final long TOTAL = 1_000, TRANSFERS = 50_000;

// A documentation annotation in the style of JCiP's @GuardedBy, declared here so that the
// sample needs no library. Nothing checks it at run time; tools such as Error Prone can check
// their own @GuardedBy at compile time.
@Documented @Retention(RetentionPolicy.CLASS) @Target({ElementType.FIELD, ElementType.METHOD})
@interface GuardedBy { String value(); }

interface Accounts { void transfer(long amount); long total(); }

static void audit() { // about a microsecond of work between the two halves of a transfer
    long until = System.nanoTime() + 1_000;
    while (System.nanoTime() < until) Thread.onSpinWait();
}

// Each field is thread-safe on its own; the pair is not.
static final class AtomicAccounts implements Accounts {
    private final AtomicLong checking = new AtomicLong(TOTAL);
    private final AtomicLong savings = new AtomicLong();
    public void transfer(long amount) {
        checking.addAndGet(-amount);
        audit();
        savings.addAndGet(amount);
    }
    public long total() { return checking.get() + savings.get(); }
}

// Invariant: checking + savings == TOTAL whenever the lock is free.
static final class LockedAccounts implements Accounts {
    @GuardedBy("this") private long checking = TOTAL;
    @GuardedBy("this") private long savings;
    public synchronized void transfer(long amount) {
        checking -= amount;
        audit();
        savings += amount;
    }
    public synchronized long total() { return checking + savings; }
}

// One thread transfers, another reads the total until the transfers are done.
static void run(String name, Accounts accounts) throws InterruptedException {
    var writer = Thread.ofPlatform().name("writer").start(() -> {
        var random = new SplittableRandom(42);
        for (int i = 0; i < TRANSFERS; i++) {
            long amount = random.nextLong(1, 10);
            accounts.transfer(i % 2 == 0 ? amount : -amount); // back and forth
        }
    });
    long reads = 0, wrong = 0;
    while (writer.isAlive()) {
        reads++;
        if (accounts.total() != TOTAL) wrong++;
    }
    writer.join();
    IO.println(name + ", total after the transfers: " + accounts.total());
    IO.println(name + ", reads that saw a wrong total: " + wrong);
    IO.println(name + ", reads of the total: " + reads);
}

void main() throws InterruptedException {
    run("two AtomicLongs", new AtomicAccounts());
    run("one lock", new LockedAccounts());
}
