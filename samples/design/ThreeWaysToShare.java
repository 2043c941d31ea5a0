// Java Concurrency in Practice's three ways to make shared mutable state safe, on one small job:
// four threads tally the words of a text. The text is immutable, so every thread reads it with
// no lock. The tally is either shared and guarded by one lock, or confined to each thread and
// merged after the threads have finished.
import java.util.*;
import java.util.concurrent.*;

static final int THREADS = 4;
// Immutable and shared: List.copyOf gives an unmodifiable list, so no thread can change it.
static final List<String> WORDS = List.copyOf(Collections.nCopies(10_000,
        "to be or not to be that is the question").stream()
        .flatMap(line -> Arrays.stream(line.split(" "))).toList());

// The part of the text that one thread tallies.
static List<String> slice(int part) {
    int size = WORDS.size() / THREADS;
    return WORDS.subList(part * size, (part + 1) * size);
}

// Way 1, synchronize: one shared map; every access holds its lock.
static Map<String, Integer> sharedAndLocked(ExecutorService pool) throws Exception {
    var tally = new HashMap<String, Integer>(); // guarded by its own monitor
    var tasks = new ArrayList<Callable<Void>>();
    for (int part = 0; part < THREADS; part++) {
        List<String> mine = slice(part);
        tasks.add(() -> {
            for (String word : mine) {
                synchronized (tally) { tally.merge(word, 1, Integer::sum); }
            }
            return null;
        });
    }
    for (var done : pool.invokeAll(tasks)) done.get();
    synchronized (tally) { return new TreeMap<>(tally); }
}

// Way 2, don't share: each task counts into a map of its own (a local variable, so no other
// thread can reach it) and hands it back through its Future when it is done.
static Map<String, Integer> confinedThenMerged(ExecutorService pool) throws Exception {
    var tasks = new ArrayList<Callable<Map<String, Integer>>>();
    for (int part = 0; part < THREADS; part++) {
        List<String> mine = slice(part);
        tasks.add(() -> {
            var own = new HashMap<String, Integer>();
            for (String word : mine) own.merge(word, 1, Integer::sum);
            return own;
        });
    }
    var total = new TreeMap<String, Integer>();
    for (var result : pool.invokeAll(tasks)) {
        result.get().forEach((word, n) -> total.merge(word, n, Integer::sum));
    }
    return total;
}

void main() throws Exception {
    try (var pool = Executors.newFixedThreadPool(THREADS)) {
        var locked = sharedAndLocked(pool);
        var confined = confinedThenMerged(pool);
        IO.println("words in the text: " + WORDS.size());
        IO.println("shared map, one lock: " + locked);
        IO.println("one map per thread, merged after: " + confined);
        IO.println("the two tallies are equal: " + locked.equals(confined));
    }
}
