// ConcurrentHashMap makes each call atomic, not a sequence of calls. Four threads share one map
// twice: first as a cache of values that take a while to build, then as a table of counters.
// Each time, the check-then-act or read-modify-write version is set against the single atomic
// method that does the same job.
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

static final int THREADS = 4, KEYS = 200, COUNTS = 50_000;

static void inThreads(Runnable body) throws InterruptedException {
    var threads = new ArrayList<Thread>();
    for (int t = 0; t < THREADS; t++) threads.add(Thread.ofPlatform().start(body));
    for (var thread : threads) thread.join();
}

void main() throws InterruptedException {
    // A cache: build the value for a key once. Building blocks for about 50 microseconds.
    var built = new AtomicInteger();
    java.util.function.Function<Integer, String> build = key -> {
        built.incrementAndGet();
        LockSupport.parkNanos(50_000);
        return "value " + key;
    };

    var cache1 = new ConcurrentHashMap<Integer, String>();
    inThreads(() -> {
        for (int k = 0; k < KEYS; k++) {
            if (!cache1.containsKey(k)) cache1.put(k, build.apply(k)); // check, then act
        }
    });
    IO.println("containsKey() then put(), values built: " + built.getAndSet(0));

    var cache2 = new ConcurrentHashMap<Integer, String>();
    inThreads(() -> {
        for (int k = 0; k < KEYS; k++) cache2.computeIfAbsent(k, build); // one atomic step
    });
    IO.println("computeIfAbsent(), values built: " + built.getAndSet(0));
    IO.println("keys in each cache: " + cache1.size() + " and " + cache2.size());

    // Counters: every thread adds 1 to the same few keys, COUNTS times in all.
    var counts1 = new ConcurrentHashMap<Integer, Integer>();
    inThreads(() -> {
        for (int i = 0; i < COUNTS; i++) {
            int key = i % 4;
            Integer old = counts1.get(key);                      // read ...
            counts1.put(key, old == null ? 1 : old + 1);         // ... modify, write
        }
    });
    IO.println("get() then put(), total counted: "
            + counts1.values().stream().mapToInt(Integer::intValue).sum());

    var counts2 = new ConcurrentHashMap<Integer, Integer>();
    inThreads(() -> {
        for (int i = 0; i < COUNTS; i++) counts2.merge(i % 4, 1, Integer::sum); // atomic per key
    });
    IO.println("merge(), total counted: "
            + counts2.values().stream().mapToInt(Integer::intValue).sum());
    IO.println("increments made: " + THREADS * COUNTS);
}
