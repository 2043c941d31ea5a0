// Which thread runs each stage of a CompletableFuture?
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

static String here() { return Thread.currentThread().getName(); }

static void show(String stage, String thread) {
    IO.println("%-36s ran on %s".formatted(stage, thread));
}

void main() throws Exception {
    // Our own pool, with threads we can recognise by name.
    var pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("worker-", 1).factory());
    try (pool) {
        var gate = new CountDownLatch(1);

        // The task waits for the gate, so the next stage is attached BEFORE it completes.
        CompletableFuture<String> task = CompletableFuture.supplyAsync(() -> {
            try { gate.await(); } catch (InterruptedException e) { throw new RuntimeException(e); }
            return here();
        }, pool);
        CompletableFuture<String> before = task.thenApply(x -> here());
        gate.countDown();   // let the task finish
        // Wait on the dependent stage, not on `task`: a thread that waits on or adds to `task`
        // while it completes may run its pending stages itself.
        String beforeRanOn = before.join();
        show("supplyAsync(task, pool)", task.join());
        // A non-async stage attached early runs on the thread that completes its source...
        show("thenApply added before completion", beforeRanOn);
        // ...or, if the source is already complete, on the thread that adds it.
        show("thenApply added after completion", task.thenApply(x -> here()).join());

        // *Async stages are handed to an executor: the common pool by default (JDK 25).
        show("thenApplyAsync(fn)", task.thenApplyAsync(x -> here()).join());
        show("thenApplyAsync(fn, pool)", task.thenApplyAsync(x -> here(), pool).join());
        show("supplyAsync(task), no executor", CompletableFuture.supplyAsync(() -> here()).join());
    }
}
