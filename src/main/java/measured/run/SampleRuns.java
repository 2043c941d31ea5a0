package measured.run;

import measured.cache.CacheKey;
import measured.cache.ResultCache;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results of one build's samples and JShell sessions. Requests are first planned (collected from
 * every page), then run together by {@link #runPlanned()}; a page asks for its result afterwards. A result
 * comes from this build's memory, else from the cache (unless fresh runs were asked for), else from a run.
 * The cache is written only by {@link #keep}, once the page has verified the result.
 */
public final class SampleRuns {

    /** Changes whenever the runner's behaviour changes, so old cache entries stop matching. */
    static final String RUNNER_VERSION = "2";

    private final Path samplesRoot;
    private final ResultCache cache;
    private final boolean fresh;
    private final SampleExecutor samples;
    private final JShellExecutor jshell;
    private final RunQueue queue;
    private final RunSummary summary = new RunSummary();
    private final Map<String, RunJob> planned = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Object>> results = new ConcurrentHashMap<>();

    public SampleRuns(Path samplesRoot, Path cacheRoot, boolean fresh, PrintStream progress) {
        this.samplesRoot = samplesRoot;
        this.cache = new ResultCache(cacheRoot.resolve("results"));
        this.fresh = fresh;
        this.samples = new SampleExecutor(samplesRoot, new SampleCompiler(cacheRoot.resolve("classes")));
        this.jshell = new JShellExecutor();
        this.queue = new RunQueue(progress, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Whether the sample file exists under samples/ (a missing one is the page's error, not the runner's). */
    public boolean exists(String samplePath) {
        Path file = samplesRoot.resolve(samplePath).normalize();
        return file.startsWith(samplesRoot) && Files.isRegularFile(file) && samplePath.endsWith(".java");
    }

    public Path sampleFile(String samplePath) {
        return samplesRoot.resolve(samplePath).normalize();
    }

    public synchronized void plan(SampleRequest request) {
        String key = key(request);
        if (!planned.containsKey(key) && cached(request, key).isEmpty()) {
            planned.put(key, new RunJob(request.samplePath(), key, request.isMeasurement(), () -> samples.execute(request)));
        }
    }

    public synchronized void plan(JShellRequest request) {
        String key = key(request);
        if (!planned.containsKey(key) && cachedJShell(request, key).isEmpty()) {
            planned.put(key, new RunJob(request.pagePath() + " (JShell)", key, false, () -> jshell.execute(request)));
        }
    }

    /** Runs everything planned that is neither in memory nor in the cache. */
    public void runPlanned() {
        List<RunJob> jobs;
        synchronized (this) {
            jobs = new ArrayList<>(planned.values());
            planned.clear();
        }
        queue.runAll(jobs.stream().filter(job -> !results.containsKey(job.key())).toList(), results, summary);
    }

    public SampleResult result(SampleRequest request) {
        String key = key(request);
        return (SampleResult) resultOf(key, () -> cached(request, key),
                new RunJob(request.samplePath(), key, request.isMeasurement(), () -> samples.execute(request)));
    }

    public JShellResult result(JShellRequest request) {
        String key = key(request);
        return (JShellResult) resultOf(key, () -> cachedJShell(request, key),
                new RunJob(request.pagePath() + " (JShell)", key, false, () -> jshell.execute(request)));
    }

    /** Stores a verified result so the next build does not run it again. */
    public void keep(SampleResult result) {
        if (!result.origin().fromCache()) {
            cache.write(key(result.request()), SampleResultCodec.encode(result));
        }
    }

    public void keep(JShellResult result) {
        if (!result.origin().fromCache()) {
            cache.write(key(result.request()), JShellResultCodec.encode(result));
        }
    }

    public RunSummary summary() {
        return summary;
    }

    private Object resultOf(String key, java.util.function.Supplier<Optional<?>> fromCache, RunJob job) {
        CompletableFuture<Object> known = results.get(key);
        if (known == null) {
            Optional<?> cached = fromCache.get();
            if (cached.isPresent()) {
                results.put(key, CompletableFuture.completedFuture(cached.get()));
                summary.record(new RunSummary.Timing(job.label(), Duration.ZERO, true));
            } else {
                queue.runAll(List.of(job), results, summary);
            }
        }
        return results.get(key).join();
    }

    private Optional<SampleResult> cached(SampleRequest request, String key) {
        return fresh ? Optional.empty() : cache.read(key).flatMap(entry -> decode(() -> SampleResultCodec.decode(request, entry)));
    }

    private Optional<JShellResult> cachedJShell(JShellRequest request, String key) {
        return fresh ? Optional.empty() : cache.read(key).flatMap(entry -> decode(() -> JShellResultCodec.decode(request, entry)));
    }

    /** An entry that does not decode (written by another version, damaged) is a miss, not an error. */
    private static <T> Optional<T> decode(java.util.function.Supplier<T> decoder) {
        try {
            return Optional.of(decoder.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String key(SampleRequest request) {
        try {
            return new CacheKey().add("sample").add(RUNNER_VERSION).add(Runtime.version())
                    .add(request.samplePath()).add(Files.readString(sampleFile(request.samplePath())))
                    .add(request.args()).add(request.expect()).add(request.timeout()).add(request.runs()).hex();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read sample " + request.samplePath(), e);
        }
    }

    private static String key(JShellRequest request) {
        CacheKey key = new CacheKey().add("jshell").add(RUNNER_VERSION).add(Runtime.version());
        for (JShellRequest.Block block : request.blocks()) {
            key.add(block.source()).add(block.expect()).add(block.timeout());
        }
        return key.hex();
    }
}
