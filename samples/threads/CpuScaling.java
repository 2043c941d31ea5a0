// Embarrassingly parallel CPU work on 1, 2, 4, ... threads: how close does it get to N times faster
// on N cores? The work: for every n in a block of numbers, count the steps of the Collatz sequence
// (n -> n/2 or 3n+1) down to 1. A run with t threads does t blocks, so that every run lasts long
// enough to time, even on a machine with many cores.
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int BLOCK = 250_000;          // a block: every n from 1 to 249,999
static final int CHUNK = 1_000;            // a thread takes 1,000 numbers at a time
static final int CHUNKS_PER_BLOCK = BLOCK / CHUNK;

static long collatzSteps(long n) {
    long steps = 0;
    while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; steps++; }
    return steps;
}

// Runs 'threads' blocks on 'threads' threads of the pool; returns {total steps, nanoseconds}.
static long[] job(ExecutorService pool, int threads) throws Exception {
    int chunks = threads * CHUNKS_PER_BLOCK;
    var nextChunk = new AtomicInteger();
    Callable<Long> worker = () -> {        // no shared state but the chunk counter
        long sum = 0;
        for (int c; (c = nextChunk.getAndIncrement()) < chunks; ) {
            int first = (c % CHUNKS_PER_BLOCK) * CHUNK;    // the chunk's place in its block
            for (long n = Math.max(1, first); n < first + CHUNK; n++) sum += collatzSteps(n);
        }
        return sum;
    };
    var workers = new ArrayList<Callable<Long>>();
    for (int i = 0; i < threads; i++) workers.add(worker);
    long start = System.nanoTime();
    long total = 0;
    for (var f : pool.invokeAll(workers)) total += f.get();
    return new long[] {total, System.nanoTime() - start};
}

void main() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    // 1, 2, 4, ... up to the cores, the cores, and twice as many
    var threadCounts = new TreeSet<Integer>();
    for (int t = 1; t <= cores; t *= 2) threadCounts.add(t);
    threadCounts.add(cores);
    threadCounts.add(2 * cores);

    var pool = new ThreadPoolExecutor(2 * cores, 2 * cores, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>());
    pool.prestartAllCoreThreads();             // start the threads now, so no run times their start
    try (pool) {
        long perBlock = job(pool, 1)[0];       // warm-up: lets the JIT compile the loops
        job(pool, cores);
        job(pool, 1);
        var best = new TreeMap<Integer, Long>();
        for (int round = 0; round < 3; round++) {  // interleaved rounds; each setting's best time
            for (int t : threadCounts) {
                long[] result = job(pool, t);
                if (result[0] != t * perBlock) throw new AssertionError("wrong total: " + t);
                best.merge(t, result[1], Math::min);
            }
        }
        IO.println("Collatz steps for every n below " + BLOCK + ": " + perBlock);
        IO.println("cores: " + cores);
        IO.println();
        // speed-up: blocks per second with t threads / blocks per second with one thread
        double single = best.get(1);
        IO.println("| threads | blocks | time (ms) | speed-up (x) |");
        IO.println("|---|---|---|---|");
        best.forEach((t, nanos) -> IO.println("| %d | %d | %.1f | %.2f |"
                .formatted(t, t, nanos / 1e6, t * single / nanos)));
        IO.println();
        double speedUp = cores * single / best.get(cores);
        double oversubscribed = 2 * cores * single / best.get(2 * cores);
        IO.println("speed-up on all cores: %.2f x".formatted(speedUp));
        IO.println("efficiency: %.2f".formatted(speedUp / cores));
        IO.println("gain from twice as many threads: %.2f x".formatted(oversubscribed / speedUp));
    }
}
