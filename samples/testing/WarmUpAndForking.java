//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// Warm-up and forking. A first call runs before the JIT compiler has compiled anything; and
// benchmarks that share one JVM share the profiles its JIT compiler optimizes for. Modelled
// on JMH's JMHSample_12_Forking, with a third Counter class so the call site cannot stay
// bimorphic.
package measuring;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

@State(Scope.Thread)
public class WarmUpAndForking {

    // --- Warm-up: a piece of work timed once, cold, and in JMH's steady state ---

    static long hash(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    int size = 20_000;                        // @State field: the JIT cannot fold the loop

    static long work(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) sum += hash(i);
        return sum;
    }

    @Benchmark
    @BenchmarkMode({Mode.SingleShotTime, Mode.AverageTime}) // main() picks one per run
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long hashes() {
        return work(size);
    }

    // --- Forking: three classes behind one interface, one call site in measure() ---

    public interface Counter { int inc(); }
    public static class Counter1 implements Counter { int x; public int inc() { return x++; } }
    public static class Counter2 implements Counter { int x; public int inc() { return x++; } }
    public static class Counter3 implements Counter { int x; public int inc() { return x++; } }

    Counter c1 = new Counter1(), c2 = new Counter2(), c3 = new Counter3();

    static int measure(Counter c) {
        int s = 0;
        for (int i = 0; i < 10; i++) s += c.inc();  // the call site the JIT profiles
        return s;
    }

    // JMH runs benchmarks in the order of their names. Fork(0): in the JVM that runs main().
    // Every one reports nanoseconds per call of measure().
    @Benchmark @Fork(0) @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int shared1_c1() { return measure(c1); }

    @Benchmark @Fork(0) @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int shared2_c2() { return measure(c2); }

    @Benchmark @Fork(0) @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int shared3_c3() { return measure(c3); }

    @Benchmark @Fork(0) @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int shared4_c1_again() { return measure(c1); }

    // Fork(1): a fresh JVM that has only ever seen Counter1.
    @Benchmark @Fork(1) @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int forked_c1() { return measure(c1); }

    static Map<String, double[]> run(String include, Mode mode, int forks, int warmups,
            int iterations) throws Exception {
        var builder = new OptionsBuilder()
                .include(WarmUpAndForking.class.getName() + "\\." + include)
                .mode(mode)
                .warmupIterations(warmups).warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(iterations).measurementTime(TimeValue.milliseconds(100))
                .verbosity(VerboseMode.SILENT);
        if (forks >= 0) builder.forks(forks);   // otherwise each benchmark's @Fork decides
        var scores = new TreeMap<String, double[]>();
        for (RunResult r : new Runner(builder.build()).run()) {
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var result = r.getPrimaryResult();
            var stats = result.getStatistics();  // over every measured iteration of every fork
            scores.put(name, new double[] {result.getScore(), result.getScoreError(),
                    stats.getMin(), stats.getMax()});
        }
        return scores;
    }

    public static void main(String[] args) throws Exception {
        // Hand-written: call work() once in this fresh JVM and time that call.
        long start = System.nanoTime();
        long sum = work(20_000);
        double firstCall = (System.nanoTime() - start) / 1e3;
        if (sum == 42) System.out.println("(unlikely)");

        // JMH, single shot: one call in each of 3 fresh JVMs, no warm-up.
        double[] cold = run("hashes", Mode.SingleShotTime, 3, 0, 1).get("hashes");
        // JMH, steady state: 2 warm-up iterations, then the average time of a call.
        double[] warm = run("hashes", Mode.AverageTime, 1, 2, 3).get("hashes");
        // Profiles: four benchmarks in this JVM, one after another, then one in its own JVM.
        var counters = run("(shared|forked).*", Mode.AverageTime, -1, 2, 3);

        System.out.println("| how work(20,000) was timed | time per call (µs) | error (µs) "
                + "| min (µs) | max (µs) |");
        System.out.println("|---|---|---|---|---|");
        System.out.println(String.format(Locale.ROOT,
                "| hand-written, first call | %.1f | – | – | – |", firstCall));
        row("JMH single shot, no warm-up", cold);
        row("JMH after warm-up", warm);
        System.out.println();
        System.out.println("| JMH benchmark of measure(c) | JVM | time per call (ns) "
                + "| error (ns) |");
        System.out.println("|---|---|---|---|");
        for (var e : counters.entrySet()) {
            String jvm = e.getKey().startsWith("shared") ? "shared, in this order" : "its own";
            System.out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f |",
                    e.getKey(), jvm, e.getValue()[0], e.getValue()[1]));
        }
        System.out.println();
        print("first call / after warm-up", firstCall / warm[0]);
        print("JMH single shot / after warm-up", cold[0] / warm[0]);
        print("c1 after c2 and c3 / c1 in its own JVM",
                counters.get("shared4_c1_again")[0] / counters.get("forked_c1")[0]);
        print("c1 first in the shared JVM / c1 in its own JVM",
                counters.get("shared1_c1")[0] / counters.get("forked_c1")[0]);
    }

    static void row(String label, double[] score) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |",
                label, score[0], score[1], score[2], score[3]));
    }

    static void print(String label, double ratio) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f x", label, ratio));
    }
}
