// Pool size for tasks that mostly WAIT (here: sleep 40 ms, standing in for a
// network call). A waiting thread needs no core, so more threads finish sooner.
import java.util.concurrent.Executors;

static final int TASKS = 16, WAIT_MS = 40;

// The time includes starting the pool's threads: a fixed pool starts them as tasks arrive.
static long runMs(int poolSize) {
    long start = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(poolSize)) {
        for (int i = 0; i < TASKS; i++) {
            pool.submit(() -> { Thread.sleep(WAIT_MS); return null; });
        }
    } // close() waits for all tasks
    return (System.nanoTime() - start) / 1_000_000;
}

void main() {
    runMs(4); // warm-up: load the classes before timing
    IO.println("| threads in pool | time for 16 waiting tasks (ms) |");
    IO.println("|---|---|");
    long one = 0, sixteen = 0;
    for (int size : new int[] {1, 2, 4, 8, 16}) {
        long ms = runMs(size);
        if (size == 1) one = ms;
        if (size == 16) sixteen = ms;
        IO.println("| " + size + " | " + ms + " |");
    }
    IO.println("cores: " + Runtime.getRuntime().availableProcessors());
    IO.println("speed-up 16 threads vs 1: %.2f x".formatted((double) one / sixteen));
}
