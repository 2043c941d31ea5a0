// Amdahl's law, measured: a job whose first part can only run on one thread.
// The serial part takes the same time however many cores there are, so it caps the speed-up.
import java.util.ArrayList;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

static final int SERIAL_WORK = 300_000;    // numbers checked by one thread
static final int PARALLEL_WORK = 700_000;  // numbers checked by all threads, in chunks
static final int CHUNKS = 100;
static final int FIRST = 2_000_000;        // both parts check numbers from here on

static final LongAdder checksum = new LongAdder();  // keeps the JIT from dropping the work

static void work(int from, int to) {
    long local = 0;
    for (int n = from; n < to; n++) {
        local += Integer.bitCount(n * 0x9E3779B9) + (isPrime(n) ? 1 : 0);
    }
    checksum.add(local);
}

static boolean isPrime(int n) {
    if (n < 2) return false;
    if (n % 2 == 0) return n == 2;
    for (int d = 3; d * d <= n; d += 2) if (n % d == 0) return false;
    return true;
}

// The job: the serial part on this thread, then the parallel part on 'threads' threads.
// Returns {serial ns, total ns}.
static long[] job(ExecutorService pool, int threads) throws Exception {
    long start = System.nanoTime();
    work(FIRST, FIRST + SERIAL_WORK);          // e.g. reading and parsing input: one thread
    long serial = System.nanoTime() - start;
    var next = new AtomicInteger();
    var tasks = new ArrayList<Callable<Void>>();
    for (int t = 0; t < threads; t++) tasks.add(() -> {
        for (int c; (c = next.getAndIncrement()) < CHUNKS; ) {   // chunks, to whoever is free
            work(FIRST + c * PARALLEL_WORK / CHUNKS, FIRST + (c + 1) * PARALLEL_WORK / CHUNKS);
        }
        return null;
    });
    for (var f : pool.invokeAll(tasks)) f.get();
    return new long[] {serial, System.nanoTime() - start};
}

void main() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    try (var pool = Executors.newFixedThreadPool(cores)) {
        job(pool, cores);                                   // warm-up
        long[] one = {0, Long.MAX_VALUE}, all = {0, Long.MAX_VALUE};
        for (int round = 0; round < 3; round++) {           // best of three, interleaved
            long[] a = job(pool, 1), b = job(pool, cores);
            if (a[1] < one[1]) one = a;
            if (b[1] < all[1]) all = b;
        }
        double serialFraction = (double) one[0] / one[1];
        double predicted = 1 / (serialFraction + (1 - serialFraction) / cores);
        double measured = (double) one[1] / all[1];
        IO.println("cores: " + cores);
        IO.println("serial fraction: %.2f".formatted(serialFraction));
        IO.println("1 thread: %.0f ms".formatted(one[1] / 1e6));
        IO.println("on all cores: %.0f ms".formatted(all[1] / 1e6));
        IO.println("measured speed-up: %.2f x".formatted(measured));
        IO.println("predicted speed-up: %.2f x".formatted(predicted));
        IO.println("measured / predicted: %.3f".formatted(measured / predicted));
        IO.println("limit with unlimited cores: %.2f x".formatted(1 / serialFraction));
    }
}
