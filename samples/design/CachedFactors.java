// A one-entry cache in front of a slow computation (factoring a number), shared by four threads.
// With two volatile fields, a thread can see the new number beside the old factors. With one
// volatile field that holds an immutable record, a thread sees a whole entry or none: the record
// cannot exist before both its values do.
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.*;

// Products of two primes near 10,000: factoring one takes some time (about 10,000 divisions).
static final long[] NUMBERS = {9_973L * 10_007L, 9_967L * 10_009L, 9_949L * 10_037L};
static final int THREADS = 4, REQUESTS = 500;

static List<Long> factor(long n) {
    var factors = new ArrayList<Long>();
    for (long p = 2; p * p <= n; p++) {
        while (n % p == 0) { factors.add(p); n /= p; }
    }
    if (n > 1) factors.add(n);
    return factors;
}

interface Factorizer { List<Long> factors(long n); }

// Broken: the two fields are updated one after the other, with the factoring in between.
static final class TwoFieldCache implements Factorizer {
    private volatile long lastNumber;
    private volatile List<Long> lastFactors = List.of();
    public List<Long> factors(long n) {
        if (lastNumber == n) return lastFactors;   // may be the factors of the previous number
        lastNumber = n;
        List<Long> result = List.copyOf(factor(n));
        lastFactors = result;
        return result;
    }
}

// Immutable: final fields, and a copy of the list that nobody else holds.
record Entry(long number, List<Long> factors) {
    Entry { factors = List.copyOf(factors); }
}

static final class ImmutableEntryCache implements Factorizer {
    private volatile Entry last = new Entry(0, List.of());
    public List<Long> factors(long n) {
        Entry entry = last;                        // read the reference once
        if (entry.number() == n) return entry.factors();
        Entry fresh = new Entry(n, factor(n));
        last = fresh;                              // publish the whole entry at once
        return fresh.factors();
    }
}

// THREADS threads each ask for REQUESTS random numbers from the list; counts wrong answers.
static void run(String name, Factorizer cache) throws Exception {
    var tasks = new ArrayList<Callable<int[]>>();
    for (int t = 0; t < THREADS; t++) {
        int seed = t;
        tasks.add(() -> {
            var random = new SplittableRandom(seed);
            int wrong = 0;
            for (int i = 0; i < REQUESTS; i++) {
                long n = NUMBERS[random.nextInt(NUMBERS.length)];
                long product = cache.factors(n).stream().reduce(1L, (a, b) -> a * b);
                if (product != n) wrong++;
            }
            return new int[] {wrong};
        });
    }
    int wrong = 0;
    try (var pool = Executors.newFixedThreadPool(THREADS)) {
        for (var result : pool.invokeAll(tasks)) wrong += result.get()[0];
    }
    IO.println(name + ", wrong answers: " + wrong);
}

void main() throws Exception {
    IO.println("requests per cache: " + THREADS * REQUESTS);
    run("two volatile fields", new TwoFieldCache());
    run("one immutable record", new ImmutableEntryCache());
}
