//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// What it costs to create a thread, start it and join it: platform vs virtual, and a task on a
// pool whose threads already exist. JMH calls each benchmark over and over on one thread and
// reports the average time of one call, after warm-up.
package threadcost;

import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

// AverageTime, not SingleShotTime: the question is what a start costs in a program that starts
// threads all day, with the start paths compiled, not what the very first one costs.
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class ThreadStartCost {

    static final Runnable NOTHING = () -> { };

    @Benchmark
    public void platformThread() throws InterruptedException {
        Thread.ofPlatform().start(NOTHING).join();
    }

    @Benchmark
    public void virtualThread() throws InterruptedException {
        Thread.ofVirtual().start(NOTHING).join();
    }

    // A pool with one thread per available CPU, created before the measurement starts.
    @State(Scope.Benchmark)
    public static class Pool {
        ExecutorService executor;
        @Setup public void start() {
            executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        }
        @TearDown public void stop() { executor.close(); }
    }

    @Benchmark
    public Object taskOnPool(Pool pool) throws Exception {
        return pool.executor.submit(NOTHING).get();   // hand over a task, wait for it to finish
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(ThreadStartCost.class.getName())
                .verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var result = run.getPrimaryResult();
            scores.put(name, new double[] {result.getScore(), result.getScoreError()});
        }
        String[][] rows = {
            {"platform thread", "platformThread"}, {"virtual thread", "virtualThread"},
            {"task on a pool", "taskOnPool"},
        };
        System.out.println("| thread | time per thread (µs) | error (µs) |");
        System.out.println("|---|---|---|");
        for (String[] row : rows) {
            double[] s = scores.get(row[1]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f |",
                    row[0], s[0], s[1]));
        }
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "platform / virtual: %.1f x",
                scores.get("platformThread")[0] / scores.get("virtualThread")[0]));
    }
}
