//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// What a fair lock costs, measured by JMH. Four threads take turns on one ReentrantLock, each
// holding it for a tiny critical section. The default, unfair lock lets a running thread that
// has just released the lock take it again at once ("barging"); a fair lock grants it to the
// thread that has waited longest, which first has to be woken up. JMH runs the benchmark once
// per value of the parameter `fair`, each in a JVM of its own.
package fairness;

import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

// Scope.Benchmark: one lock and one count shared by all 4 threads, so they contend.
@State(Scope.Benchmark)
@Threads(4)
// Throughput adds up the acquisitions of all 4 threads.
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class LockFairness {

    @Param({"false", "true"})
    boolean fair;

    ReentrantLock lock;
    long acquisitions;                          // guarded by lock

    @Setup(Level.Trial)
    public void createLock() {
        lock = new ReentrantLock(fair);
    }

    @Benchmark
    public long acquire() {
        lock.lock();
        try {
            return ++acquisitions;              // returned, so JMH consumes it
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(LockFairness.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            var result = run.getPrimaryResult();
            scores.put(run.getParams().getParam("fair"),
                    new double[] {result.getScore(), result.getScoreError()});
        }
        double[] unfair = scores.get("false"), fair = scores.get("true");
        System.out.println("| lock | acquisitions per ms by 4 threads | error (per ms) |");
        System.out.println("|---|---|---|");
        row("unfair (the default)", unfair);
        row("fair", fair);
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "unfair / fair throughput: %.1f x",
                unfair[0] / fair[0]));
    }

    static void row(String name, double[] score) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.0f | %.0f |",
                name, score[0], score[1]));
    }
}
