//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// What each correct counter costs when 4 threads increment it at the same time, measured by
// JMH: one @Benchmark per counter, each run by 4 threads in a JVM of its own.
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
@BenchmarkMode(Mode.AverageTime)     // time per increment, as each thread sees it
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 150, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 150, timeUnit = TimeUnit.MILLISECONDS)
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
        System.out.println("| counter | time per increment, per thread (ns) | error (ns) |");
        System.out.println("|---|---|---|");
        for (String[] c : counters) {
            double[] s = scores.get(c[1]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f |", c[0], s[0], s[1]));
        }
        double sync = scores.get("synchronizedBlock")[0], lock = scores.get("reentrantLock")[0];
        double atomic = scores.get("atomicLong")[0], adder = scores.get("longAdder")[0];
        System.out.println(String.format(Locale.ROOT, "synchronized / LongAdder: %.2f x", sync / adder));
        System.out.println(String.format(Locale.ROOT, "AtomicLong / LongAdder: %.2f x", atomic / adder));
        System.out.println(String.format(Locale.ROOT, "ReentrantLock / synchronized: %.2f x", lock / sync));
    }
}
