// Embarrassingly parallel CPU work on 1, 2, 4, ... threads: how close does it get to N times faster on N cores?
// The work: for every n below LIMIT, count the steps of the Collatz sequence (n -> n/2 or 3n+1) down to 1.
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int LIMIT = 500_000;
static final int CHUNKS = 500;             // small pieces, taken by whichever thread is free

static long collatzSteps(long n) {
    long steps = 0;
    while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; steps++; }
    return steps;
}

// Runs the whole job on a pool of 'threads' threads; returns {total steps, nanoseconds}.
static long[] job(int threads) throws Exception {
    var nextChunk = new AtomicInteger();
    Callable<Long> worker = () -> {       // no shared state but the chunk counter
        long sum = 0;
        for (int c; (c = nextChunk.getAndIncrement()) < CHUNKS; ) {
            long from = 1 + (long) (LIMIT - 1) * c / CHUNKS, to = 1 + (long) (LIMIT - 1) * (c + 1) / CHUNKS;
            for (long n = from; n < to; n++) sum += collatzSteps(n);
        }
        return sum;
    };
    try (var pool = Executors.newFixedThreadPool(threads)) {
        var workers = new ArrayList<Callable<Long>>();
        for (int i = 0; i < threads; i++) workers.add(worker);
        long start = System.nanoTime();
        long total = 0;
        for (var f : pool.invokeAll(workers)) total += f.get();
        return new long[] {total, System.nanoTime() - start};
    }
}

void main() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    var threadCounts = new TreeSet<Integer>();        // 1, 2, 4, ... up to the cores, the cores, and twice that
    for (int t = 1; t <= cores; t *= 2) threadCounts.add(t);
    threadCounts.add(cores);
    threadCounts.add(2 * cores);

    long expected = job(cores)[0];                    // warm-up: lets the JIT compile collatzSteps
    job(1);
    var best = new TreeMap<Integer, Long>();
    for (int round = 0; round < 3; round++) {         // interleaved rounds; keep each setting's best time
        for (int t : threadCounts) {
            long[] result = job(t);
            if (result[0] != expected) throw new AssertionError("different result with " + t + " threads");
            best.merge(t, result[1], Math::min);
        }
    }
    IO.println("Collatz steps for every n below " + LIMIT + ": " + expected);
    IO.println("cores: " + cores);
    IO.println();
    IO.println("| threads | time (ms) | speed-up (x) |");
    IO.println("|---|---|---|");
    double single = best.get(1);
    best.forEach((t, nanos) -> IO.println("| %d | %.1f | %.2f |".formatted(t, nanos / 1e6, single / nanos)));
    IO.println();
    double speedUp = single / best.get(cores);
    IO.println("speed-up on all cores: %.2f x".formatted(speedUp));
    IO.println("efficiency: %.2f".formatted(speedUp / cores));
}
