package measured.run;

import measured.outcome.Outcome;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a batch of jobs with progress: ordinary ones side by side, one per core; measurements afterwards,
 * one at a time, with nothing else running, so they measure the machine and not their neighbours.
 */
final class RunQueue {

    /** One request to run, and whether it must run alone (a measurement, or a re-run after a busy machine). */
    record Job(RunRequest request, Supplier<List<Outcome>> work, boolean alone) {
        Job(RunRequest request, Supplier<List<Outcome>> work) {
            this(request, work, request.alone());
        }
    }

    private final PrintStream progress;
    private final int parallelism;

    RunQueue(PrintStream progress, int parallelism) {
        this.progress = progress;
        this.parallelism = parallelism;
    }

    /** Runs every job and returns what each gave, recording timings in {@code summary}. */
    Map<RunRequest, Fetched> runAll(List<Job> jobs, RunSummary summary) {
        Map<RunRequest, Fetched> results = new ConcurrentHashMap<>();
        List<Job> sideBySide = jobs.stream().filter(job -> !job.alone()).toList();
        List<Job> alone = jobs.stream().filter(Job::alone).toList();
        AtomicInteger done = new AtomicInteger();
        if (jobs.size() > 1) {
            progress.printf("Running %d sample(s): %d side by side on %d core(s), then %d measurement(s) alone%n",
                    jobs.size(), sideBySide.size(), parallelism, alone.size());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("sample-", 1).factory())) {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (Job job : sideBySide) {
                running.add(CompletableFuture.runAsync(() -> runOne(job, results, summary, done, jobs.size()), pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }
        for (Job job : alone) {
            runOne(job, results, summary, done, jobs.size());
        }
        return results;
    }

    private void runOne(Job job, Map<RunRequest, Fetched> results, RunSummary summary, AtomicInteger done, int total) {
        long start = System.nanoTime();
        Fetched fetched;
        try {
            fetched = Fetched.of(job.work().get());
        } catch (RuntimeException e) {
            fetched = Fetched.failed(e);
        }
        results.put(job.request(), fetched);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        summary.record(new RunSummary.Timing(job.request().label(), took, false));
        progress.printf("[%3d/%d] %-60s %6.2f s%n", done.incrementAndGet(), total, job.request().label(),
                took.toMillis() / 1000.0);
    }
}
