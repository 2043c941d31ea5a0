// Future.cancel(true) and shutdownNow() stop tasks by interrupting them; tasks that ignore
// interrupts keep running.
import java.util.List;
import java.util.concurrent.*;

void main() throws Exception {
    // 1. cancel(true) on a ThreadPoolExecutor's future interrupts the thread running the task;
    //    the task ends with its InterruptedException.
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        var started = new CountDownLatch(1);
        var stopped = new CompletableFuture<String>();
        Future<?> download = pool.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(10_000);     // stands for a long blocking call
            } catch (InterruptedException e) {
                stopped.complete("task saw InterruptedException");
            }
        });
        started.await();
        boolean cancelled = download.cancel(true);
        IO.println("cancel(true) returned " + cancelled
                + ", isCancelled: " + download.isCancelled());
        IO.println(stopped.get(5, TimeUnit.SECONDS));
        try {
            download.get();
        } catch (CancellationException e) {
            IO.println("get() throws CancellationException");
        }
    }

    // 2. cancel only asks: a task that never looks at the interrupt flag runs to the end anyway.
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
        var started = new CountDownLatch(1);
        var finished = new CompletableFuture<Long>();
        Future<?> stubborn = pool.submit(() -> {
            started.countDown();
            long sum = 0;
            for (long i = 0; i < 50_000_000L; i++) sum += i % 7;   // never checks the flag
            finished.complete(sum);
        });
        started.await();
        IO.println("stubborn task: cancel(true) returned " + stubborn.cancel(true));
        IO.println("stubborn task finished its loop anyway: " + (finished.get() > 0));
    }

    // 3. shutdownNow() interrupts running tasks; a ThreadPoolExecutor like this one also hands
    //    back the ones that never started.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    var running = new CountDownLatch(2);
    for (int i = 0; i < 5; i++) {
        pool.submit(() -> { running.countDown(); Thread.sleep(10_000); return null; });
    }
    running.await();                      // two tasks are sleeping, three wait in the queue
    List<Runnable> neverStarted = pool.shutdownNow();
    IO.println("shutdownNow: tasks that never started: " + neverStarted.size());
    IO.println("terminated within 5 s: " + pool.awaitTermination(5, TimeUnit.SECONDS));
}
