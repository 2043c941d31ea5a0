//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// What each correct counter costs when 4 threads increment it at the same time, measured by
// JMH: one @Benchmark per counter, each run by 4 threads in a JVM of its own. The result is a
// throughput, increments per microsecond of all 4 threads together, and its inverse.
package counters;

import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

// Scope.Benchmark: one instance shared by all 4 threads, so they contend for the same counter.
@State(Scope.Benchmark)
@Threads(4)
// Throughput adds up the threads' increments. (AverageTime would average the threads' own times
// per increment, and one thread that an unfair lock keeps waiting would dominate that average.)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 100, timeUnit = TimeUnit.MILLISECONDS)
public class CounterCost {

    final Object monitor = new Object();
    long synchronizedCount;                    // guarded by monitor
    final ReentrantLock lock = new ReentrantLock();
    long lockedCount;                          // guarded by lock
    final AtomicLong atomic = new AtomicLong();
    final LongAdder adder = new LongAdder();

    // Each benchmark returns what it can, and JMH consumes it, so nothing is dead code.
    @Benchmark
    public long synchronizedBlock() {
        synchronized (monitor) {
            return ++synchronizedCount;
        }
    }

    @Benchmark
    public long reentrantLock() {
        lock.lock();
        try {
            return ++lockedCount;
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public long atomicLong() {
        return atomic.incrementAndGet();
    }

    @Benchmark
    public void longAdder() {
        adder.increment();                     // returns nothing; its effect is on shared cells
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(CounterCost.class.getName())
                .verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var result = run.getPrimaryResult();
            scores.put(name, new double[] {result.getScore(), result.getScoreError()});
        }
        String[][] counters = {
            {"synchronized", "synchronizedBlock"}, {"ReentrantLock", "reentrantLock"},
            {"AtomicLong", "atomicLong"}, {"LongAdder", "longAdder"},
        };
        System.out.println("| counter | increments per µs by 4 threads | error (per µs) "
                + "| wall time per increment (ns) |");
        System.out.println("|---|---|---|---|");
        for (String[] c : counters) {
            double[] s = scores.get(c[1]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |",
                    c[0], s[0], s[1], 1000 / s[0]));
        }
        // Cost ratios: how many times as long one increment takes, all threads together.
        double sync = scores.get("synchronizedBlock")[0], lock = scores.get("reentrantLock")[0];
        double atomic = scores.get("atomicLong")[0], adder = scores.get("longAdder")[0];
        ratio("synchronized / LongAdder", adder / sync);
        ratio("AtomicLong / LongAdder", adder / atomic);
        ratio("ReentrantLock / synchronized", sync / lock);
    }

    static void ratio(String label, double value) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f x", label, value));
    }
}
