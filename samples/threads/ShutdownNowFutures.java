// shutdownNow() on a ThreadPoolExecutor returns the tasks that never started, and their Futures
// never complete unless you cancel them. ForkJoinPool and the virtual-thread-per-task executor
// return an empty list instead.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

// One task that sleeps until it is interrupted, then three more behind it.
static List<Future<String>> submitFour(ExecutorService pool) throws InterruptedException {
    var running = new CountDownLatch(1);
    var futures = new ArrayList<Future<String>>();
    futures.add(pool.submit(() -> {
        running.countDown();
        Thread.sleep(10_000);                    // a long call, ended by the interrupt
        return "finished";
    }));
    running.await();
    for (String name : List.of("B", "C", "D")) futures.add(pool.submit(() -> name));
    return futures;
}

static String states(List<Future<String>> futures) {
    return futures.stream().map(f -> f.state().toString()).toList().toString();
}

void main() throws Exception {
    var pool = Executors.newFixedThreadPool(1);  // a ThreadPoolExecutor
    var futures = submitFour(pool);
    List<Runnable> neverStarted = pool.shutdownNow();
    IO.println("ThreadPoolExecutor, shutdownNow returned: " + neverStarted.size() + " tasks");
    IO.println("  they are the futures of B, C, D: " + neverStarted.equals(futures.subList(1, 4)));
    IO.println("  terminated: " + pool.awaitTermination(5, TimeUnit.SECONDS));
    IO.println("  states of A, B, C, D: " + states(futures));
    try {
        futures.get(1).get(100, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
        IO.println("  B.get(100 ms) after termination: TimeoutException");
    }
    for (Runnable task : neverStarted) {         // settle them, so no caller waits forever
        if (task instanceof Future<?> f) f.cancel(false);
    }
    IO.println("  after cancelling the returned tasks: " + states(futures));

    var forkJoin = new ForkJoinPool(1);
    futures = submitFour(forkJoin);
    IO.println("ForkJoinPool, shutdownNow returned: " + forkJoin.shutdownNow().size() + " tasks");
    IO.println("  terminated: " + forkJoin.awaitTermination(5, TimeUnit.SECONDS));
    IO.println("  states of A, B, C, D: " + states(futures));

    var perTask = Executors.newVirtualThreadPerTaskExecutor();
    futures = submitFour(perTask);
    for (var f : futures.subList(1, 4)) f.get(); // B, C, D ran at once: there is no queue
    IO.println("virtual-thread-per-task, shutdownNow returned: " + perTask.shutdownNow().size()
            + " tasks");
    IO.println("  terminated: " + perTask.awaitTermination(5, TimeUnit.SECONDS));
    IO.println("  states of A, B, C, D: " + states(futures));
}
