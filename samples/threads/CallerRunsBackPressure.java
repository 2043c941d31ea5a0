// CallerRunsPolicy as back-pressure: when the pool is saturated the submitting thread runs the task
// itself, so it cannot submit faster than the work gets done. Compared with an unbounded queue.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int TASKS = 120;

// Submits 'tasks' tasks of 5 ms each;
// returns {submit loop ms, peak queue length, total ms, tasks run on the submitter}.
static long[] run(ThreadPoolExecutor pool, int tasks) throws InterruptedException {
    var onSubmitter = new AtomicInteger();
    Thread submitter = Thread.currentThread();
    long start = System.nanoTime();
    int peak = 0;
    for (int i = 0; i < tasks; i++) {
        pool.execute(() -> {
            if (Thread.currentThread() == submitter) onSubmitter.incrementAndGet();
            try { Thread.sleep(5); } catch (InterruptedException e) { return; } // a slow call
        });
        peak = Math.max(peak, pool.getQueue().size());
    }
    long submitted = System.nanoTime();
    pool.close();                                   // wait for the rest
    long done = System.nanoTime();
    return new long[] {(submitted - start) / 1_000_000, peak, (done - start) / 1_000_000,
            onSubmitter.get()};
}

static ThreadPoolExecutor unboundedPool() {
    return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
}

static ThreadPoolExecutor callerRunsPool() {
    return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4),
            new ThreadPoolExecutor.CallerRunsPolicy());
}

void main() throws InterruptedException {
    run(unboundedPool(), 20);                       // warm-up: class loading, first compilations
    run(callerRunsPool(), 20);
    long[] unbounded = run(unboundedPool(), TASKS);
    long[] callerRuns = run(callerRunsPool(), TASKS);

    IO.println(TASKS + " tasks of 5 ms on 2 threads");
    IO.println();
    IO.println("| queue | submit loop (ms) | peak queue (tasks) | all done (ms) "
            + "| run by submitter |");
    IO.println("|---|---|---|---|---|");
    IO.println("| unbounded LinkedBlockingQueue | %d | %d | %d | %d |".formatted(
            unbounded[0], unbounded[1], unbounded[2], unbounded[3]));
    IO.println("| ArrayBlockingQueue(4) + CallerRunsPolicy | %d | %d | %d | %d |".formatted(
            callerRuns[0], callerRuns[1], callerRuns[2], callerRuns[3]));
    IO.println();
    IO.println("peak queue with an unbounded queue: " + unbounded[1]);
    IO.println("peak queue with CallerRunsPolicy: " + callerRuns[1]);
    IO.println("tasks run by the submitter: " + callerRuns[3]);
    // submit-loop time as a share of the whole job: the submitter is held back to the pool's pace
    IO.println("submit loop share with an unbounded queue: %.3f"
            .formatted((double) unbounded[0] / unbounded[2]));
    IO.println("submit loop share with CallerRunsPolicy: %.3f"
            .formatted((double) callerRuns[0] / callerRuns[2]));
}
