// A blocking call inside a ForkJoinPool holds a worker: the pool does not know the worker is only
// waiting, so the other tasks queue behind it. Wrapped in ForkJoinPool.managedBlock, the same call
// tells the pool, which starts spare threads to keep its parallelism while workers wait.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

static final int FETCHES = 16;

// Stands for a blocking call: a query, a remote call, a lock wait.
static int fetch(int id) throws InterruptedException {
    Thread.sleep(50);
    return id;
}

// The same call as a ManagedBlocker: block() does the waiting, isReleasable() says if it is done.
static final class Fetch implements ForkJoinPool.ManagedBlocker {
    final int id;
    int result = -1;
    Fetch(int id) { this.id = id; }
    @Override public boolean block() throws InterruptedException {
        result = fetch(id);
        return true;                                    // no more blocking needed
    }
    @Override public boolean isReleasable() { return result >= 0; }
}

// Splits the ids in halves down to single fetches and adds up the results.
static final class FetchAll extends RecursiveTask<Long> {
    final int from, to;
    final boolean managed;
    FetchAll(int from, int to, boolean managed) {
        this.from = from; this.to = to; this.managed = managed;
    }

    @Override protected Long compute() {
        if (to - from == 1) {
            try {
                if (!managed) return (long) fetch(from);
                var blocker = new Fetch(from);
                ForkJoinPool.managedBlock(blocker);     // may add a spare thread while we wait
                return (long) blocker.result;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        int middle = (from + to) >>> 1;
        var left = new FetchAll(from, middle, managed);
        left.fork();
        long right = new FetchAll(middle, to, managed).compute();
        return right + left.join();
    }
}

// Runs all fetches on a fresh pool of 2 workers; returns {ms, threads the pool had at the end}.
static long[] run(boolean managed) {
    try (var pool = new ForkJoinPool(2)) {
        long start = System.nanoTime();
        long sum = pool.invoke(new FetchAll(0, FETCHES, managed));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (sum != (long) FETCHES * (FETCHES - 1) / 2) throw new AssertionError("wrong sum " + sum);
        return new long[] {ms, pool.getPoolSize()};
    }
}

void main() {
    run(true);                                          // warm-up
    long[] plain = run(false);
    long[] managed = run(true);
    IO.println(FETCHES + " fetches of 50 ms on a ForkJoinPool with parallelism 2");
    IO.println();
    IO.println("| blocking call | time (ms) | threads in the pool |");
    IO.println("|---|---|---|");
    IO.println("| plain Thread.sleep | %d | %d |".formatted(plain[0], plain[1]));
    IO.println("| inside managedBlock | %d | %d |".formatted(managed[0], managed[1]));
    IO.println();
    IO.println("threads with plain blocking: " + plain[1]);
    IO.println("threads with managedBlock: " + managed[1]);
    IO.println("extra threads from managedBlock: " + (managed[1] - plain[1]));
    IO.println("speed-up from managedBlock: %.2f x".formatted((double) plain[0] / managed[0]));
}
