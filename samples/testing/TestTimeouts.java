// Two ways a concurrent test goes wrong without failing, and how bounded waits turn them into
// failures that say why: a worker that throws, which the waiting test thread never hears of,
// and a worker that waits forever, which would hang the test run.
import java.time.Duration;
import java.util.concurrent.*;

static final Duration LIMIT = Duration.ofMillis(200);   // what the test is willing to wait

static int parse(String text) {
    return Integer.parseInt(text);                       // throws for "forty-two"
}

void main() throws Exception {
    // 1. Threads and a latch. The second worker throws before it counts down: its exception
    //    goes to its thread's uncaught-exception handler, not to the test.
    var done = new CountDownLatch(2);
    var workers = Thread.ofPlatform().name("worker-", 1)
            .uncaughtExceptionHandler((t, e) -> IO.println(t.getName() + " died: " + e));
    Thread first = workers.start(() -> { parse("42"); done.countDown(); });
    Thread second = workers.start(() -> { parse("forty-two"); done.countDown(); });
    boolean allDone = done.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    IO.println("latch: all done within the limit: " + allDone + ", still missing: "
            + done.getCount());
    first.join();
    second.join();

    // 2. The same work as tasks: Future.get() hands the worker's exception to the test thread.
    try (var pool = Executors.newFixedThreadPool(2)) {
        Future<Integer> good = pool.submit(() -> parse("42"));
        Future<Integer> bad = pool.submit(() -> parse("forty-two"));
        IO.println("future: first result " + good.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS));
        try {
            bad.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            IO.println("future: second task failed: " + e.getCause());
        }
    }

    // 3. A worker that waits for a signal nobody sends. get() with a timeout fails the test;
    //    the worker's stack says where it is stuck; cancel(true) interrupts it.
    var never = new CountDownLatch(1);
    var stuck = new CompletableFuture<Thread>();
    ThreadFactory named = task -> {
        Thread t = Thread.ofPlatform().name("stuck-worker").unstarted(task);
        stuck.complete(t);
        return t;
    };
    try (var pool = Executors.newSingleThreadExecutor(named)) {
        Future<?> waiting = pool.submit(() -> { never.await(); return null; });
        try {
            waiting.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            IO.println("timeout: no result after " + LIMIT.toMillis() + " ms; stuck-worker is "
                    + stuck.get().getState() + " at:");
            for (var frame : stuck.get().getStackTrace()) {
                IO.println("    " + frame);
                if (frame.getMethodName().startsWith("lambda$main")) break;   // our code: enough
            }
            waiting.cancel(true);               // interrupts the worker: await() throws
        }
    }                                           // close() waits until the pool has terminated
    // Terminated means no task is left; the pool's thread may still be on its way out: join it.
    IO.println("stuck-worker ended after cancel, close and join: " + stuck.get().join(LIMIT));
}
