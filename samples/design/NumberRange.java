// Delegation is not enough when two variables share an invariant. JCiP's NumberRange keeps
// lower <= upper with two AtomicIntegers: each setter checks the other bound, then sets its own.
// Both checks can pass at once, and the range ends up with lower > upper. Holding both bounds
// in one immutable record behind one AtomicReference makes the check and the set one step.
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

static final int ROUNDS = 500;

// Between the check and the set, each setter logs the change, which blocks for a moment
// (50 microseconds here). While it waits, the other thread runs, even on a single core.
static void pause() {
    LockSupport.parkNanos(50_000);
}

interface Range {
    boolean setLower(int lower); // false if it would make lower > upper
    boolean setUpper(int upper);
    int lower();
    int upper();
}

static final class TwoAtomics implements Range {
    private final AtomicInteger lower = new AtomicInteger(0), upper = new AtomicInteger(10);
    public boolean setLower(int i) {
        if (i > upper.get()) return false; // check ...
        pause();
        lower.set(i);                      // ... then act: upper may have moved below i
        return true;
    }
    public boolean setUpper(int i) {
        if (i < lower.get()) return false;
        pause();
        upper.set(i);
        return true;
    }
    public int lower() { return lower.get(); }
    public int upper() { return upper.get(); }
}

// The invariant lives in the value itself: a Bounds with lower > upper cannot be built.
record Bounds(int lower, int upper) {
    Bounds {
        if (lower > upper) throw new IllegalArgumentException(lower + " > " + upper);
    }
}

static final class OneReference implements Range {
    private final AtomicReference<Bounds> bounds = new AtomicReference<>(new Bounds(0, 10));
    public boolean setLower(int i) {
        while (true) {
            Bounds current = bounds.get();
            if (i > current.upper()) return false;
            pause();
            // Succeeds only if nobody changed the bounds since we read them; otherwise check again.
            if (bounds.compareAndSet(current, new Bounds(i, current.upper()))) return true;
        }
    }
    public boolean setUpper(int i) {
        while (true) {
            Bounds current = bounds.get();
            if (i < current.lower()) return false;
            pause();
            if (bounds.compareAndSet(current, new Bounds(current.lower(), i))) return true;
        }
    }
    public int lower() { return bounds.get().lower(); }
    public int upper() { return bounds.get().upper(); }
}

// One thread moves the lower bound between 0 and 6, another the upper bound between 10 and 4.
// (6, 4) is the one state the invariant forbids. Only the first thread writes lower, so when
// it reads upper < 6 right after its own setLower(6) succeeded, the range really was (6, <6).
static void run(String name, Range range) throws InterruptedException {
    int[] broken = new int[1];
    var lowerMover = Thread.ofPlatform().start(() -> {
        for (int i = 0; i < ROUNDS; i++) {
            if (range.setLower(6) && range.upper() < 6) broken[0]++;
            range.setLower(0);
        }
    });
    var upperMover = Thread.ofPlatform().start(() -> {
        for (int i = 0; i < ROUNDS; i++) {
            range.setUpper(4);
            range.setUpper(10);
        }
    });
    lowerMover.join();
    upperMover.join();
    IO.println(name + ", inverted ranges seen: " + broken[0]);
}

void main() throws InterruptedException {
    run("two AtomicIntegers", new TwoAtomics());
    run("one AtomicReference to a record", new OneReference());
}
