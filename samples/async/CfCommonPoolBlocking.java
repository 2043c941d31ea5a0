// Blocking inside the common pool: tasks queue behind each other.
// JDK 25: runAsync without an executor always uses the common pool. Up to JDK 24 it did so only
// when the pool had at least two threads, and otherwise started a new thread for every task.
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

static final long WAIT_MS = 200;

static void blockingCall() {
    try {
        Thread.sleep(WAIT_MS);
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

// Runs `tasks` blocking calls with runAsync and returns the elapsed time in "rounds" of WAIT_MS.
static double rounds(int tasks, Executor executor) {
    long start = System.nanoTime();
    var futures = IntStream.range(0, tasks)
            .mapToObj(i -> executor == null
                    ? CompletableFuture.runAsync(() -> blockingCall())  // default: the common pool
                    : CompletableFuture.runAsync(() -> blockingCall(), executor))
            .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(futures).join();
    double ms = (System.nanoTime() - start) / 1e6;
    return ms / WAIT_MS;
}

void main() {
    // The common pool is sized for CPU work: one thread fewer than the cores (at least 1).
    int parallelism = ForkJoinPool.getCommonPoolParallelism();
    int tasks = 4 * parallelism;
    IO.println("cores: " + Runtime.getRuntime().availableProcessors());
    IO.println("common pool parallelism: " + parallelism);
    IO.println("blocking tasks: " + tasks + " x " + WAIT_MS + " ms");

    try (var own = Executors.newVirtualThreadPerTaskExecutor()) {
        rounds(tasks, own);                                   // warm-up, not reported
        IO.println(String.format(Locale.ROOT, "common pool rounds: %.2f", rounds(tasks, null)));
        IO.println(String.format(Locale.ROOT, "own executor rounds: %.2f", rounds(tasks, own)));
    }
}
