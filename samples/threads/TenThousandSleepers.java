// 10,000 virtual threads that each sleep 1 second: how long until all of them are done?
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

static final int TASKS = 10_000;

// Starts n virtual threads that each sleep, waits for all of them, returns the seconds taken.
static double sleepers(int n, Duration sleep, AtomicInteger finished) {
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {  // one new virtual thread per task
        for (int i = 0; i < n; i++) {
            executor.submit(() -> {
                Thread.sleep(sleep);      // the virtual thread unmounts; its carrier runs other threads
                finished.incrementAndGet();
                return null;
            });
        }
    }                                     // close() waits until every task has finished
    return (System.nanoTime() - start) / 1e9;
}

void main() {
    for (int i = 0; i < 3; i++) {         // warm-up, not measured: lets the JIT compile the thread machinery
        sleepers(TASKS, Duration.ofMillis(10), new AtomicInteger());
    }
    var finished = new AtomicInteger();
    double seconds = sleepers(TASKS, Duration.ofSeconds(1), finished);
    IO.println("JDK " + Runtime.version());
    IO.println("carrier threads (cores): " + Runtime.getRuntime().availableProcessors());
    IO.println("virtual threads finished: " + finished.get());
    IO.println("time: %.3f s".formatted(seconds));
    IO.println("sleep time if run one after another: " + TASKS + " s");
}
