// The same prime count three ways: a sequential stream, a parallel stream, and a ForkJoin task.
// The parallel stream runs on the shared common ForkJoinPool (cores - 1 workers, at least one;
// the calling thread helps); the ForkJoin task runs on a pool of its own, one worker per core.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

static final int LIMIT = 1_000_000;

static boolean isPrime(int n) {
    if (n < 2) return false;
    if (n % 2 == 0) return n == 2;
    for (int d = 3; d * d <= n; d += 2) if (n % d == 0) return false;
    return true;
}

// Divide and conquer: split the range until it is small, count small ranges directly, add up.
static class CountPrimes extends RecursiveTask<Long> {
    final int from, to;
    CountPrimes(int from, int to) { this.from = from; this.to = to; }
    @Override protected Long compute() {
        if (to - from <= 10_000) {
            long count = 0;
            for (int n = from; n < to; n++) if (isPrime(n)) count++;
            return count;
        }
        int middle = (from + to) >>> 1;
        var left = new CountPrimes(from, middle);
        left.fork();                                  // queue the left half: idle workers steal it
        long right = new CountPrimes(middle, to).compute(); // do the right half here
        return right + left.join();
    }
}

static double millis(LongSupplier count, long expected) {
    long start = System.nanoTime();
    if (count.getAsLong() != expected) throw new AssertionError("wrong count");
    return (System.nanoTime() - start) / 1e6;
}

void main() {
    int cores = Runtime.getRuntime().availableProcessors();
    var pool = new ForkJoinPool(cores);
    LongSupplier sequential = () -> IntStream.range(0, LIMIT).filter(n -> isPrime(n)).count();
    LongSupplier parallel =
            () -> IntStream.range(0, LIMIT).parallel().filter(n -> isPrime(n)).count();
    LongSupplier forkJoin = () -> pool.invoke(new CountPrimes(0, LIMIT));
    long primes = parallel.getAsLong();      // warm-up, and the answer all three must give
    sequential.getAsLong();
    forkJoin.getAsLong();
    double seq = Double.MAX_VALUE, par = Double.MAX_VALUE, fj = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) { // interleaved rounds; keep each one's best time
        seq = Math.min(seq, millis(sequential, primes));
        par = Math.min(par, millis(parallel, primes));
        fj = Math.min(fj, millis(forkJoin, primes));
    }
    pool.close();

    IO.println("primes below " + LIMIT + ": " + primes);
    IO.println("cores: " + cores);
    IO.println("common pool workers: " + ForkJoinPool.commonPool().getParallelism());
    IO.println("own pool workers: " + pool.getParallelism());
    IO.println();
    IO.println("| approach | time (ms) | speed-up (x) |");
    IO.println("|---|---|---|");
    IO.println("| sequential stream | %.0f | 1.00 |".formatted(seq));
    IO.println("| parallel stream | %.0f | %.2f |".formatted(par, seq / par));
    IO.println("| RecursiveTask, own pool | %.0f | %.2f |".formatted(fj, seq / fj));
    IO.println();
    IO.println("parallel stream speed-up: %.2f x".formatted(seq / par));
    IO.println("ForkJoin speed-up: %.2f x".formatted(seq / fj));
}
