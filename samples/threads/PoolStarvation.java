// Thread-starvation deadlock: a task waits for another task that needs a thread of the same,
// full pool.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicBoolean;

// The outer task submits an inner task to the same pool and waits (at most 500 ms) for its result.
String outerTask(ExecutorService pool) throws Exception {
    var innerStarted = new AtomicBoolean();
    Future<String> inner = pool.submit(() -> { innerStarted.set(true); return "inner result"; });
    try {
        return "outer got " + inner.get(500, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
        inner.cancel(false);              // still queued: cancel it so it never runs
        return "outer timed out, inner task started: " + innerStarted.get();
    }
}

void main() throws Exception {
    // One thread: it is busy running the outer task, so the inner task waits in the queue.
    try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
        IO.println("pool of 1: " + pool.submit(() -> outerTask(pool)).get());
    }
    // Two threads: the inner task gets the second thread.
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        IO.println("pool of 2: " + pool.submit(() -> outerTask(pool)).get());
    }
    // A thread per task never runs out of threads (the inner task waits for nothing).
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        IO.println("virtual thread per task: " + pool.submit(() -> outerTask(pool)).get());
    }
}
