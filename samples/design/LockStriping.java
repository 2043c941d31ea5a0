//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// Lock striping, measured by JMH: a table of 1,024 entries, updated by two threads at random
// keys; each update does some work on its entry (4,096 rounds of a hash) while holding the
// lock. The lock of key k is locks[k % stripes]: with one stripe, every update waits for every
// other; with 16, two updates wait for each other only when their keys fall in the same stripe.
// The code is the same for both; JMH runs it once per value of `stripes`, in a JVM of its own.
package striping;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

@Threads(2)
@BenchmarkMode(Mode.Throughput)                 // updates of both threads together
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class LockStriping {

    static final int KEYS = 1_024;

    // Scope.Benchmark: one table and one set of locks, shared by both threads.
    @State(Scope.Benchmark)
    public static class Table {
        @Param({"1", "16"})
        int stripes;

        final long[] entries = new long[KEYS];
        ReentrantLock[] locks;                  // locks[s] guards the keys k with k % stripes == s

        @Setup(Level.Trial)
        public void createLocks() {
            locks = new ReentrantLock[stripes];
            for (int s = 0; s < stripes; s++) locks[s] = new ReentrantLock();
        }

        long update(int key) {
            ReentrantLock lock = locks[key % stripes];
            lock.lock();
            try {
                long h = entries[key];          // the work done on an entry under its lock
                for (int i = 0; i < 4_096; i++) {
                    h = (h ^ (h >>> 29) ^ key) * 0x9E3779B97F4A7C15L + i;
                }
                entries[key] = h;
                return h;
            } finally {
                lock.unlock();
            }
        }
    }

    // Scope.Thread: each thread draws its own keys, from a generator seeded with its index.
    @State(Scope.Thread)
    public static class Keys {
        SplittableRandom random;

        @Setup(Level.Trial)
        public void seed(ThreadParams thread) {
            random = new SplittableRandom(thread.getThreadIndex());
        }
    }

    @Benchmark
    public long update(Table table, Keys keys) {
        return table.update(keys.random.nextInt(KEYS));  // returned, so JMH consumes it
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(LockStriping.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<Integer, double[]>();
        for (RunResult run : new Runner(options).run()) {
            var result = run.getPrimaryResult();
            scores.put(Integer.valueOf(run.getParams().getParam("stripes")),
                    new double[] {result.getScore(), result.getScoreError()});
        }
        System.out.println("| guard | updates per ms by 2 threads | error (per ms) |");
        System.out.println("|---|---|---|");
        scores.forEach((stripes, s) -> System.out.println(String.format(Locale.ROOT,
                "| %s | %.1f | %.1f |",
                stripes == 1 ? "one lock" : stripes + " striped locks", s[0], s[1])));
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "striped / one lock: %.2f x",
                scores.get(16)[0] / scores.get(1)[0]));
    }
}
