//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// ConcurrentHashMap against Collections.synchronizedMap(HashMap) when 4 threads share one map of
// 1,000 keys, nine reads (get) for every update (merge), measured by JMH as a throughput: map
// operations per microsecond of all four threads together.
package maps;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

@Threads(4)
@BenchmarkMode(Mode.Throughput)      // operations per time unit, summed over the 4 threads
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 100, timeUnit = TimeUnit.MILLISECONDS)
public class MapContention {

    static final int KEYS = 1_000;
    static final Integer[] KEY = new Integer[KEYS];   // boxed once, so no get() allocates
    static {
        for (int k = 0; k < KEYS; k++) KEY[k] = k;
    }

    // One map shared by every thread of a benchmark (Scope.Benchmark), filled before it runs.
    @State(Scope.Benchmark)
    public static class Concurrent {
        final Map<Integer, Integer> map = new ConcurrentHashMap<>();
        @Setup public void fill() { for (Integer k : KEY) map.put(k, 0); }
    }

    @State(Scope.Benchmark)
    public static class Synchronized {
        final Map<Integer, Integer> map = Collections.synchronizedMap(new HashMap<>());
        @Setup public void fill() { for (Integer k : KEY) map.put(k, 0); }
    }

    // Each thread draws its own keys (Scope.Thread), seeded by its index: the same in every run.
    @State(Scope.Thread)
    public static class Keys {
        SplittableRandom random;
        @Setup public void seed(ThreadParams thread) {
            random = new SplittableRandom(thread.getThreadIndex());
        }
    }

    // One map operation: an update one time in ten, otherwise a read. The value read is
    // returned, and JMH consumes it. Each benchmark runs in a JVM of its own, so the JIT
    // compiles this method for one map class at a time.
    static int operate(Map<Integer, Integer> map, SplittableRandom random) {
        Integer key = KEY[random.nextInt(KEYS)];
        if (random.nextInt(10) == 0) return map.merge(key, 1, Integer::sum);   // update
        return map.get(key);                                                    // read
    }

    @Benchmark
    public int concurrentHashMap(Concurrent maps, Keys keys) {
        return operate(maps.map, keys.random);
    }

    @Benchmark
    public int synchronizedMap(Synchronized maps, Keys keys) {
        return operate(maps.map, keys.random);
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(MapContention.class.getName())
                .verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var result = run.getPrimaryResult();
            scores.put(name, new double[] {result.getScore(), result.getScoreError()});
        }
        double[] synced = scores.get("synchronizedMap");
        double[] concurrent = scores.get("concurrentHashMap");
        System.out.println("| map | million operations per second by 4 threads | error |");
        System.out.println("|---|---|---|");
        System.out.println(String.format(Locale.ROOT, "| synchronizedMap(HashMap) | %.1f | %.1f |",
                synced[0], synced[1]));
        System.out.println(String.format(Locale.ROOT, "| ConcurrentHashMap | %.1f | %.1f |",
                concurrent[0], concurrent[1]));
        System.out.println(String.format(Locale.ROOT,
                "ConcurrentHashMap / synchronizedMap throughput: %.2f x",
                concurrent[0] / synced[0]));
    }
}
