// The same RecursiveTask with four orders of fork(), compute() and join(). Forking one half and
// computing the other keeps both workers busy; joining a half right after forking it waits for it
// before starting the other half, so the halves run one after the other.
import java.util.EnumMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

static final int N = 100_000;
static final int LEAF = 2_000;

static long collatzSteps(long n) {
    long steps = 0;
    while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; steps++; }
    return steps;
}

static long sequential(int from, int to) {
    long sum = 0;
    for (int n = from; n < to; n++) sum += collatzSteps(n);
    return sum;
}

// The baseline: the same leaves as the tasks compute, one after another on this thread.
static long loop(int from, int to) {
    long sum = 0;
    for (int n = from; n < to; n += LEAF) sum += sequential(n, Math.min(n + LEAF, to));
    return sum;
}

enum Order {
    FORK_COMPUTE_JOIN("left.fork(); right.compute(); left.join()"),
    FORK_BOTH_JOIN_INNERMOST_FIRST("left.fork(); right.fork(); right.join(); left.join()"),
    FORK_BOTH_JOIN_OUTERMOST_FIRST("left.fork(); right.fork(); left.join(); right.join()"),
    JOIN_BEFORE_COMPUTE("left.fork(); left.join() + right.compute()");
    final String code;
    Order(String code) { this.code = code; }
}

static final class Steps extends RecursiveTask<Long> {
    final int from, to;
    final Order order;
    Steps(int from, int to, Order order) { this.from = from; this.to = to; this.order = order; }

    @Override protected Long compute() {
        if (to - from <= LEAF) return sequential(from, to);
        int middle = (from + to) >>> 1;
        var left = new Steps(from, middle, order);
        var right = new Steps(middle, to, order);
        return switch (order) {
            case FORK_COMPUTE_JOIN -> {
                left.fork();
                long r = right.compute();
                yield r + left.join();
            }
            case FORK_BOTH_JOIN_INNERMOST_FIRST -> {
                left.fork();
                right.fork();
                long r = right.join();          // the task forked last is joined first
                yield r + left.join();
            }
            case FORK_BOTH_JOIN_OUTERMOST_FIRST -> {
                left.fork();
                right.fork();
                long l = left.join();
                yield l + right.join();
            }
            case JOIN_BEFORE_COMPUTE -> {
                left.fork();
                yield left.join() + right.compute();  // Java evaluates left.join() first
            }
        };
    }
}

void main() {
    int cores = Runtime.getRuntime().availableProcessors();
    long expected = loop(1, N);
    var best = new EnumMap<Order, Long>(Order.class);
    var threads = new EnumMap<Order, Integer>(Order.class);
    long bestSequential = Long.MAX_VALUE;
    var pools = new EnumMap<Order, ForkJoinPool>(Order.class);
    for (Order order : Order.values()) pools.put(order, new ForkJoinPool(cores));
    for (int round = 0; round < 5; round++) {       // round 0 warms up; then keep the best
        long start = System.nanoTime();
        if (loop(1, N) != expected) throw new AssertionError();
        if (round > 0) bestSequential = Math.min(bestSequential, System.nanoTime() - start);
        for (Order order : Order.values()) {
            start = System.nanoTime();
            if (pools.get(order).invoke(new Steps(1, N, order)) != expected) {
                throw new AssertionError(order.name());
            }
            if (round > 0) best.merge(order, System.nanoTime() - start, Math::min);
        }
    }
    pools.forEach((order, pool) -> { threads.put(order, pool.getPoolSize()); pool.close(); });

    IO.println("workers per pool: " + cores + "; the same leaves in a loop on one thread: %.1f ms"
            .formatted(bestSequential / 1e6));
    IO.println();
    IO.println("| inside compute() | time (ms) | speed-up (x) | threads at the end |");
    IO.println("|---|---|---|---|");
    for (Order order : Order.values()) {
        IO.println("| %s | %.1f | %.2f | %d |".formatted(order.code, best.get(order) / 1e6,
                (double) bestSequential / best.get(order), threads.get(order)));
    }
    IO.println();
    IO.println("speed-up of fork-compute-join: %.2f x"
            .formatted((double) bestSequential / best.get(Order.FORK_COMPUTE_JOIN)));
    IO.println("speed-up of fork-both-join-innermost-first: %.2f x".formatted(
            (double) bestSequential / best.get(Order.FORK_BOTH_JOIN_INNERMOST_FIRST)));
    IO.println("speed-up of fork-both-join-outermost-first: %.2f x".formatted(
            (double) bestSequential / best.get(Order.FORK_BOTH_JOIN_OUTERMOST_FIRST)));
    IO.println("speed-up of join-before-compute: %.2f x"
            .formatted((double) bestSequential / best.get(Order.JOIN_BEFORE_COMPUTE)));
    IO.println("fork-compute-join over join-before-compute: %.2f x".formatted(
            (double) best.get(Order.JOIN_BEFORE_COMPUTE) / best.get(Order.FORK_COMPUTE_JOIN)));
}
