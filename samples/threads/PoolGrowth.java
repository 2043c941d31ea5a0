// How the work queue decides when a ThreadPoolExecutor grows past its core size: the pool adds
// a thread beyond the core only when the queue refuses a task. One pool (core 2, max 4), three
// queues.
import java.util.concurrent.*;

static final int TASKS = 8;

// Submits TASKS tasks that all wait on one latch, so none finishes while we watch the pool grow.
static String[] grow(BlockingQueue<Runnable> queue) throws InterruptedException {
    var release = new CountDownLatch(1);
    var pool = new ThreadPoolExecutor(2, 4, 1, TimeUnit.SECONDS, queue,
            new ThreadPoolExecutor.AbortPolicy());   // the default handler, made explicit
    String[] cells = new String[TASKS];
    for (int i = 0; i < TASKS; i++) {
        try {
            pool.execute(() -> {
                try { release.await(); } catch (InterruptedException e) { /* pool closing */ }
            });
            cells[i] = pool.getPoolSize() + " + " + pool.getQueue().size();
        } catch (RejectedExecutionException e) {
            cells[i] = "rejected";
        }
    }
    release.countDown();
    pool.close();                                    // waits for the accepted tasks
    return cells;
}

void main() throws InterruptedException {
    String[] handoff = grow(new SynchronousQueue<>());
    String[] bounded = grow(new ArrayBlockingQueue<>(2));
    String[] unbounded = grow(new LinkedBlockingQueue<>());
    IO.println("core 2, max 4; each cell: threads + queued tasks after the task was submitted");
    IO.println();
    IO.println("| task | SynchronousQueue | ArrayBlockingQueue(2) | LinkedBlockingQueue |");
    IO.println("|---|---|---|---|");
    for (int i = 0; i < TASKS; i++) {
        IO.println("| %d | %s | %s | %s |".formatted(i + 1, handoff[i], bounded[i], unbounded[i]));
    }
}
