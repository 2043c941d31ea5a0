// VarHandle's atomic update modes on ordinary int fields: getAndAdd for a counter,
// compareAndExchange for a running maximum, and compareAndSet as a one-shot switch.
// Four threads update the fields at once; none of their updates is lost.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

static final int THREADS = 4, UPDATES = 25_000;

static int hits;    // changed only through HITS
static int maxSeen; // changed only through MAX_SEEN
static final VarHandle HITS = handle("hits"), MAX_SEEN = handle("maxSeen");

static VarHandle handle(String field) {
    try {
        var lookup = MethodHandles.lookup();
        return lookup.findStaticVarHandle(lookup.lookupClass(), field, int.class);
    } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
    }
}

// Raises maxSeen to value unless it is already higher. compareAndExchange returns the value it
// found (the witness): on failure that is another thread's newer maximum, so the loop retries
// against it without reading the field again.
static void recordMax(int value) {
    int current = (int) MAX_SEEN.getVolatile();
    while (value > current) {
        int witness = (int) MAX_SEEN.compareAndExchange(current, value);
        if (witness == current) return; // our value went in
        current = witness;
    }
}

void main() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
        int first = t * UPDATES; // thread t records first .. first + UPDATES - 1
        threads.add(Thread.ofPlatform().start(() -> {
            for (int i = 0; i < UPDATES; i++) {
                HITS.getAndAdd(1);   // one atomic read-modify-write, like count++ done right
                recordMax(first + i);
            }
        }));
    }
    for (Thread thread : threads) thread.join();
    IO.println("hits: " + (int) HITS.getVolatile());
    IO.println("max seen: " + (int) MAX_SEEN.getVolatile());

    // compareAndSet succeeds only if the field still holds the expected value.
    boolean first = HITS.compareAndSet(THREADS * UPDATES, 0);
    boolean second = HITS.compareAndSet(THREADS * UPDATES, 0);
    IO.println("first compareAndSet(" + THREADS * UPDATES + ", 0): " + first);
    IO.println("second compareAndSet(" + THREADS * UPDATES + ", 0): " + second
            + " (the field now holds " + (int) HITS.getVolatile() + ")");
}
