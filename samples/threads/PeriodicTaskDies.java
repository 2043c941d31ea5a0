// A periodic task that throws once is never run again, and nothing is printed: the exception waits
// in its ScheduledFuture. Catching inside the task keeps it alive.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static void poll(int run) {
    if (run == 3) throw new IllegalStateException("feed unavailable");   // one bad run
}

void main() throws Exception {
    try (var scheduler = Executors.newScheduledThreadPool(1)) {
        var plainRuns = new AtomicInteger();
        ScheduledFuture<?> plain = scheduler.scheduleAtFixedRate(
                () -> poll(plainRuns.incrementAndGet()), 0, 20, TimeUnit.MILLISECONDS);

        var guardedRuns = new AtomicInteger();
        var failuresLogged = new AtomicInteger();
        ScheduledFuture<?> guarded = scheduler.scheduleAtFixedRate(() -> {
            try {
                poll(guardedRuns.incrementAndGet());
            } catch (RuntimeException e) {        // log it and keep the schedule
                failuresLogged.incrementAndGet();
            }
        }, 0, 20, TimeUnit.MILLISECONDS);

        try {
            plain.get();                          // returns only when the series ends
        } catch (ExecutionException e) {
            IO.println("plain task: get() threw ExecutionException, cause: " + e.getCause());
        }
        Thread.sleep(200);                        // ten more periods
        IO.println("plain task: runs: " + plainRuns.get() + ", isDone: " + plain.isDone());
        IO.println("guarded task: kept running after its failure: " + (guardedRuns.get() > 3)
                + ", failures logged: " + failuresLogged.get() + ", isDone: " + guarded.isDone());
        guarded.cancel(false);
    }
}
