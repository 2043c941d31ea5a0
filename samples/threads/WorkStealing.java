// Work stealing in a ForkJoinPool: each worker pushes the tasks it forks onto its own deque and
// pops the newest; an idle worker steals the oldest from another's deque, which is the biggest
// piece left. Every task records the thread that forked it, so the run shows which were stolen.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicIntegerArray;

static final int LEAF = 20_000;                 // numbers per leaf task

// How many tasks ran at each depth of the task tree, and how many of them were stolen.
record Counts(AtomicIntegerArray tasks, AtomicIntegerArray stolen) {
    Counts(int depths) { this(new AtomicIntegerArray(depths), new AtomicIntegerArray(depths)); }
}

static long work(long n) {                      // some arithmetic per number
    long x = n;
    for (int i = 0; i < 50; i++) x = x * 6364136223846793005L + 1442695040888963407L;
    return x >>> 60;
}

static final class Sum extends RecursiveTask<Long> {
    final int from, to, depth;
    final Counts counts;
    final Thread forkedBy = Thread.currentThread();  // main for the root, else the forking worker

    Sum(int from, int to, int depth, Counts counts) {
        this.from = from; this.to = to; this.depth = depth; this.counts = counts;
    }

    @Override protected Long compute() {
        counts.tasks().incrementAndGet(depth);
        if (Thread.currentThread() != forkedBy) counts.stolen().incrementAndGet(depth);
        if (to - from <= LEAF) {
            long sum = 0;
            for (int n = from; n < to; n++) sum += work(n);
            return sum;
        }
        int middle = (from + to) >>> 1;
        var left = new Sum(from, middle, depth + 1, counts);
        var right = new Sum(middle, to, depth + 1, counts);
        left.fork();                            // onto this worker's deque: others may steal it
        long r = right.compute();               // keep working here
        return r + left.join();
    }
}

void main() {
    int cores = Runtime.getRuntime().availableProcessors();
    int leaves = Integer.highestOneBit(64 * cores);   // enough pieces for every worker
    int depths = Integer.numberOfTrailingZeros(leaves) + 1;
    try (var pool = new ForkJoinPool(cores)) {
        pool.invoke(new Sum(0, leaves * LEAF, 0, new Counts(depths)));   // warm-up
        var counts = new Counts(depths);
        long stealsBefore = pool.getStealCount();
        pool.invoke(new Sum(0, leaves * LEAF, 0, counts));
        long steals = pool.getStealCount() - stealsBefore;

        IO.println("workers: " + pool.getParallelism());
        IO.println();
        IO.println("| depth | task size (numbers) | tasks | stolen |");
        IO.println("|---|---|---|---|");
        // The root (depth 0) is always taken from main by a worker: count only the forked tasks.
        long tasks = 0, stolen = 0, taskSize = 0, stolenSize = 0;
        for (int d = 0; d < depths; d++) {
            long size = (long) leaves * LEAF >> d;
            IO.println("| %d | %,d | %d | %d |".formatted(d, size, counts.tasks().get(d),
                    counts.stolen().get(d)));
            if (d == 0) continue;
            tasks += counts.tasks().get(d);
            stolen += counts.stolen().get(d);
            taskSize += size * counts.tasks().get(d);
            stolenSize += size * counts.stolen().get(d);
        }
        IO.println();
        IO.println("forked tasks: " + tasks);
        IO.println("forked tasks run by a thread other than their forker: " + stolen);
        IO.println("share of forked tasks stolen: %.3f".formatted((double) stolen / tasks));
        IO.println("getStealCount: " + steals);
        double stolenAverage = stolen == 0 ? 0 : (double) stolenSize / stolen;  // 0: none stolen
        IO.println("stolen task size / average forked task size: %.1f x".formatted(
                stolenAverage / ((double) taskSize / tasks)));
    }
}
