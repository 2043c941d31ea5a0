// Timeouts and cancellation: what they do to the future, and what they do NOT do to the work.
import java.util.concurrent.*;

// A slow job: it waits until the program opens its gate (a stand-in for a slow remote call),
// and records how far it got.
static class Job {
    final CountDownLatch started = new CountDownLatch(1), gate = new CountDownLatch(1),
                         ended = new CountDownLatch(1);
    volatile String outcome = "not started";

    String run() {
        outcome = "running";
        started.countDown();
        try {
            gate.await();
            outcome = "finished";
        } catch (InterruptedException e) {
            outcome = "interrupted";
        } finally {
            ended.countDown();
        }
        return "result";
    }

    // What the job is doing now (after it has started), then: open the gate and wait for its end.
    String report() throws InterruptedException {
        started.await();
        String now = outcome;
        gate.countDown();
        ended.await();
        return "the job itself was " + now + "; opened its gate, it " + outcome;
    }
}

void main() throws Exception {
    try (var pool = Executors.newFixedThreadPool(2)) {
        // orTimeout: the future fails with a TimeoutException (half of asyncio.wait_for)
        var job = new Job();
        long start = System.nanoTime();
        var timed = CompletableFuture.supplyAsync(job::run, pool)
                .orTimeout(100, TimeUnit.MILLISECONDS);
        try {
            timed.join();
        } catch (CompletionException e) {
            IO.println("orTimeout: " + e.getCause().getClass().getSimpleName());
            IO.println("timeout fired after: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        IO.println("  " + job.report());

        // completeOnTimeout: no failure, a default value instead
        job = new Job();
        String value = CompletableFuture.supplyAsync(job::run, pool)
                .completeOnTimeout("cached answer", 100, TimeUnit.MILLISECONDS).join();
        IO.println("completeOnTimeout: " + value);
        IO.println("  " + job.report());

        // cancel(true) on a CompletableFuture: the future is cancelled, the job is not interrupted
        job = new Job();
        var cf = CompletableFuture.supplyAsync(job::run, pool);
        job.started.await();   // cancel while the job is running, not before it starts
        IO.println("CompletableFuture.cancel(true): " + cf.cancel(true)
                + ", isCancelled: " + cf.isCancelled());
        try {
            cf.join();
        } catch (CancellationException e) {
            IO.println("  join() threw CancellationException");
        }
        IO.println("  " + job.report());

        // cancel(true) on the Future of ExecutorService.submit: this one interrupts the thread
        job = new Job();
        Future<String> f = pool.submit(job::run);
        job.started.await();
        IO.println("Future.cancel(true): " + f.cancel(true) + ", isCancelled: " + f.isCancelled());
        job.ended.await();   // the interrupt ends the job; its gate is still closed
        IO.println("  the job itself was " + job.outcome);
    }
}
