package measured.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a batch of jobs with progress: ordinary ones side by side, one per core; measurements afterwards,
 * one at a time, with nothing else running, so they measure the machine and not their neighbours.
 */
final class RunQueue {

    private final PrintStream progress;
    private final int parallelism;

    RunQueue(PrintStream progress, int parallelism) {
        this.progress = progress;
        this.parallelism = parallelism;
    }

    /** Runs every job, completing its future in {@code results}, and records timings in {@code summary}. */
    void runAll(List<RunJob> jobs, Map<String, CompletableFuture<Object>> results, RunSummary summary) {
        List<RunJob> sideBySide = jobs.stream().filter(job -> !job.alone()).toList();
        List<RunJob> alone = jobs.stream().filter(RunJob::alone).toList();
        Counter counter = new Counter(jobs.size());
        if (!jobs.isEmpty()) {
            progress.printf("Running %d sample(s): %d side by side on %d core(s), then %d measurement(s) alone%n",
                    jobs.size(), sideBySide.size(), parallelism, alone.size());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("sample-", 1).factory())) {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (RunJob job : sideBySide) {
                running.add(CompletableFuture.runAsync(() -> runOne(job, results, summary, counter), pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }
        for (RunJob job : alone) {
            runOne(job, results, summary, counter);
        }
    }

    private void runOne(RunJob job, Map<String, CompletableFuture<Object>> results, RunSummary summary, Counter counter) {
        long start = System.nanoTime();
        CompletableFuture<Object> future = results.computeIfAbsent(job.key(), k -> new CompletableFuture<>());
        try {
            future.complete(job.work().get());
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        summary.record(new RunSummary.Timing(job.label(), took, false));
        progress.printf("[%3d/%d] %-60s %6.2f s%n", counter.next(), counter.total, job.label(), took.toMillis() / 1000.0);
    }

    private static final class Counter {
        private final int total;
        private int done;

        Counter(int total) {
            this.total = total;
        }

        synchronized int next() {
            return ++done;
        }
    }
}
