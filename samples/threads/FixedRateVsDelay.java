// scheduleAtFixedRate vs scheduleWithFixedDelay with the same 50 ms period and the same work:
// 10 ms per run, except run 4, which takes 170 ms. Fixed rate keeps to its timetable and catches
// up after the slow run; fixed delay waits 50 ms after each run ends, so every delay adds up.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int RUNS = 10;
static final long PERIOD_MS = 50;

// A periodic job that records when each of its first RUNS runs started, in ms after 'origin',
// the moment just before it was scheduled (the timetable's zero).
static final class Job implements Runnable {
    final long origin = System.nanoTime();
    final double[] startMs = new double[RUNS];
    final CountDownLatch done = new CountDownLatch(RUNS);
    final AtomicInteger running = new AtomicInteger();
    volatile int mostAtOnce;
    int run;               // runs never overlap, and each run happens-before the next

    @Override public void run() {
        mostAtOnce = Math.max(mostAtOnce, running.incrementAndGet());
        if (run < RUNS) startMs[run] = (System.nanoTime() - origin) / 1e6;
        try {
            Thread.sleep(run == 3 ? 170 : 10);  // the work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run++;
        running.decrementAndGet();
        done.countDown();
    }
}

void main() throws InterruptedException {
    try (var scheduler = Executors.newScheduledThreadPool(2)) {
        var rate = new Job();
        var delay = new Job();
        var rateFuture = scheduler.scheduleAtFixedRate(rate, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        var delayFuture =
                scheduler.scheduleWithFixedDelay(delay, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        rate.done.await();
        rateFuture.cancel(false);
        delay.done.await();
        delayFuture.cancel(false);

        IO.println("| run | timetable (ms) | fixed rate: started (ms) "
                + "| fixed delay: started (ms) |");
        IO.println("|---|---|---|---|");
        double shortestRateGap = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            IO.println("| %d | %d | %.1f | %.1f |".formatted(i + 1, i * PERIOD_MS,
                    rate.startMs[i], delay.startMs[i]));
            if (i > 0) {
                shortestRateGap = Math.min(shortestRateGap, rate.startMs[i] - rate.startMs[i - 1]);
            }
        }
        IO.println();
        double timetable = (RUNS - 1) * PERIOD_MS;     // when the last run is due
        double rateDrift = rate.startMs[RUNS - 1] - timetable;
        double delayDrift = delay.startMs[RUNS - 1] - timetable;
        IO.println("fixed-rate drift after %d runs: %.1f ms".formatted(RUNS, rateDrift));
        IO.println("fixed-delay drift after %d runs: %.1f ms".formatted(RUNS, delayDrift));
        IO.println("fixed-rate drift / fixed-delay drift: %.3f".formatted(rateDrift / delayDrift));
        IO.println("shortest gap between fixed-rate starts: %.1f ms".formatted(shortestRateGap));
        IO.println("most fixed-rate runs at once: " + rate.mostAtOnce);
    }
}
