package measured.run;

import measured.cache.CacheKey;
import measured.cache.ResultCache;
import measured.machine.LoadMeter;
import measured.machine.MachineProbe;
import measured.outcome.Machine;
import measured.outcome.Origin;
import measured.outcome.Outcome;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs samples and JShell sessions for one bake: a request's outcomes come from the cache (unless fresh
 * runs were asked for) or from a run; what is not cached runs in one batch, ordinary requests side by side,
 * measurements alone. The cache is written only by {@link #keep}, once the outcomes were verified.
 */
public final class Runner {

    /** Changes whenever the runner's behaviour or its cache format changes, so old entries stop matching. */
    static final String RUNNER_VERSION = "4";

    private final Path samplesRoot;
    private final ResultCache cache;
    private final boolean fresh;
    private final Machine machine;
    private final SampleExecutor samples;
    private final JShellExecutor jshell;
    private final RunQueue queue;
    private final RunSummary summary = new RunSummary();
    private final List<ResultsBundle> bundles;

    /**
     * @param bundles results recorded on other machines, in the order given: a request one of them holds is not
     *                run; the first bundle that has it supplies it
     */
    public Runner(Path samplesRoot, Path cacheRoot, boolean fresh, MachineProbe probe, LoadMeter load, RunPlace place,
                  List<ResultsBundle> bundles, PrintStream progress) {
        this.bundles = List.copyOf(bundles);
        this.samplesRoot = samplesRoot;
        this.cache = new ResultCache(cacheRoot.resolve("results"));
        this.fresh = fresh;
        this.machine = probe.machine(); // what a sample sees does not change during a bake
        this.samples = new SampleExecutor(samplesRoot, new SampleCompiler(cacheRoot.resolve("classes")), load, place);
        this.jshell = new JShellExecutor(load, place);
        this.queue = new RunQueue(progress, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The outcomes of every request, in the order given (duplicates once): cached ones without running them,
     * the others run in one batch. A request whose run threw maps to the exception, rethrown by {@link Fetched#get}.
     */
    public Map<RunRequest, Fetched> runAll(Collection<? extends RunRequest> requests) {
        Map<RunRequest, Fetched> fetched = new LinkedHashMap<>();
        List<RunQueue.Job> jobs = new ArrayList<>();
        for (RunRequest request : new LinkedHashSet<>(requests)) {
            Optional<List<Outcome>> recorded = recordings(request).stream().findFirst().map(Recording::outcomes);
            if (recorded.isPresent()) {
                fetched.put(request, Fetched.of(recorded.get()));
                summary.record(new RunSummary.Timing(request.label(), Duration.ZERO, true));
                continue;
            }
            Optional<List<Outcome>> cached = cached(request);
            if (cached.isPresent()) {
                fetched.put(request, Fetched.of(cached.get()));
                summary.record(new RunSummary.Timing(request.label(), Duration.ZERO, true));
            } else {
                jobs.add(new RunQueue.Job(request, () -> execute(request)));
            }
        }
        fetched.putAll(queue.runAll(jobs, summary));
        return fetched;
    }

    /** Runs a request again, alone, whatever the cache holds: for a claim that failed while the machine was busy. */
    public Fetched rerun(RunRequest request) {
        return queue.runAll(List.of(new RunQueue.Job(request, () -> execute(request), true)), summary).get(request);
    }

    /** The outcomes of a request as one results bundle recorded them, and which bundle. */
    public record Recording(String bundle, List<Outcome> outcomes) {
    }

    /** What every bundle recorded for this request (same source and attributes), in the order the bundles were given. */
    public List<Recording> recordings(RunRequest request) {
        String key = bundleKey(request);
        List<Recording> found = new ArrayList<>();
        for (ResultsBundle bundle : bundles) {
            bundle.outcomes(key).ifPresent(outcomes -> found.add(new Recording(bundle.name(), outcomes)));
        }
        return found;
    }

    /** What to record of verified outcomes in a bundle: its key there and what it is. */
    public ResultsBundle.Recorded toRecord(RunRequest request, List<Outcome> outcomes) {
        String what = switch (request) {
            case SampleRequest sample -> sample.samplePath();
            case JShellRequest session -> session.pagePath() + " (JShell)";
        };
        return new ResultsBundle.Recorded(bundleKey(request), what, outcomes);
    }

    /** Stores verified outcomes so the next bake does not run them again. */
    public void keep(RunRequest request, List<Outcome> outcomes) {
        if (outcomes.stream().noneMatch(o -> o.origin().fromCache())) {
            cache.write(key(request), OutcomeCodec.encode(outcomes));
        }
    }

    public RunSummary summary() {
        return summary;
    }

    private List<Outcome> execute(RunRequest request) {
        Supplier<Origin> origin = () -> new Origin(Instant.now(), jdk(), machine, false);
        return switch (request) {
            case SampleRequest sample -> List.of(samples.execute(sample, origin));
            case JShellRequest session -> jshell.execute(session, origin);
        };
    }

    private Optional<List<Outcome>> cached(RunRequest request) {
        if (fresh) {
            return Optional.empty();
        }
        return cache.read(key(request)).flatMap(entry -> {
            try {
                return Optional.of(OutcomeCodec.decode(entry).stream().map(o -> o.withOrigin(o.origin().cached())).toList());
            } catch (RuntimeException damagedOrOld) {
                return Optional.empty(); // a miss, not an error: the request simply runs again
            }
        });
    }

    /** The cache's key: everything that can change a result, the exact JDK included. */
    private String key(RunRequest request) {
        return key(request, Runtime.version().toString());
    }

    /**
     * A bundle's key: the same, but with the JDK's feature release only (25): a result recorded on another machine
     * with another update of JDK 25 measures the same program, and its stamp says exactly which JDK ran it.
     */
    private String bundleKey(RunRequest request) {
        return key(request, Integer.toString(Runtime.version().feature()));
    }

    private String key(RunRequest request, String jdk) {
        CacheKey key = new CacheKey().add(RUNNER_VERSION).add(jdk);
        return switch (request) {
            case SampleRequest sample -> {
                key.add("sample").add(sample.samplePath()).add(source(sample.samplePath()))
                        .add(sample.args()).add(sample.expect()).add(sample.timeout()).add(sample.runs())
                        .add(sample.dependencies().artifacts()).add(sample.dependencies().javaOptions())
                        .add(sample.dependencies().compileOptions());
                sample.dependencies().sources().forEach(other -> key.add(other).add(source(other)));
                yield key.hex();
            }
            case JShellRequest session -> {
                key.add("jshell");
                session.blocks().forEach(block -> key.add(block.source()).add(block.expect()).add(block.timeout()));
                yield key.hex();
            }
        };
    }

    private String source(String samplePath) {
        Path file = samplesRoot.resolve(samplePath);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read sample " + file, e);
        }
    }

    private static String jdk() {
        return System.getProperty("java.vendor") + " " + Runtime.version();
    }
}
