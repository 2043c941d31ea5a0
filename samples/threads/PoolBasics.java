// An ExecutorService runs tasks on a pool of reusable threads.
import java.util.List;
import java.util.concurrent.*;

void main() throws Exception {
    // try-with-resources: close() (JDK 19+) waits for the submitted tasks, then stops the threads.
    try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
        // submit a Callable: you get a Future, a handle to a result that may not exist yet
        Future<Integer> answer = pool.submit(() -> 6 * 7);
        IO.println("submit + get: " + answer.get()); // get() blocks until the result is there

        // invokeAll runs a batch and returns the futures in the order of the tasks,
        // whatever order the tasks finished in
        List<Callable<String>> batch = List.of(
            () -> { Thread.sleep(150); return "slow"; },
            () -> { Thread.sleep(50); return "quick"; },
            () -> "instant");
        var results = new StringBuilder();
        for (Future<String> f : pool.invokeAll(batch)) results.append(f.resultNow()).append(' ');
        IO.println("invokeAll, in task order: " + results.toString().trim());

        // invokeAny returns the first task to succeed and cancels the others
        String first = pool.invokeAny(batch);
        IO.println("invokeAny: " + first);
    }

    // shutdown(): no new tasks, but the running task and the queued ones still run
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<String> running = pool.submit(() -> { Thread.sleep(100); return "running task done"; });
    Future<String> queued = pool.submit(() -> "queued task done"); // waits: the one thread is busy
    pool.shutdown();
    try {
        pool.submit(() -> "too late");
    } catch (RejectedExecutionException e) {
        IO.println("after shutdown(): " + e.getClass().getSimpleName());
    }
    IO.println("awaitTermination: " + pool.awaitTermination(5, TimeUnit.SECONDS));
    IO.println(running.get());
    IO.println(queued.get());
}
