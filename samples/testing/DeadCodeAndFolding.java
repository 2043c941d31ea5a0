//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// Dead-code elimination and constant folding: one computation, timed by a hand-written
// System.nanoTime() loop and by JMH. Modelled on JMH's JMHSample_08_DeadCode and
// JMHSample_10_ConstantFold.
package measuring;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadCodeAndFolding {

    // The work: MurmurHash3's 64-bit finalizer, four rounds, each step waiting for the last.
    static long hash(long z) {
        for (int round = 0; round < 4; round++) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
            z ^= z >>> 33;
        }
        return z;
    }

    // The input, read from this @State object on every call. Not final, so the JIT compiler
    // cannot assume its value.
    long input = 42;

    // A compile-time constant: javac writes 42 into the code that reads it.
    static final long CONSTANT = 42;

    @Benchmark
    public void baseline() {
        // nothing: the cost of JMH's own loop
    }

    @Benchmark
    public void discarded() {
        hash(input);                  // wrong: nobody uses the result, so the JIT drops it
    }

    @Benchmark
    public long returned() {
        return hash(input);           // right: JMH hands the result to a Blackhole
    }

    @Benchmark
    public void blackhole(Blackhole bh) {
        bh.consume(hash(input));      // right, too: what to do with several results
    }

    @Benchmark
    public long constant() {
        return hash(CONSTANT);        // wrong: the same answer every time, computed once
    }

    // The hand-written way: time N calls in a loop, divide by N.
    static long handInput = 42;
    static final int N = 10_000_000;

    static double handDiscarded() {
        long start = System.nanoTime();
        for (int i = 0; i < N; i++) hash(handInput);           // result dropped
        return (double) (System.nanoTime() - start) / N;
    }

    static long sink;                                          // printed, so it stays used

    static double handConstant() {
        long start = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < N; i++) sum += hash(CONSTANT);     // used, but always hash(42)
        long elapsed = System.nanoTime() - start;
        sink += sum;
        return (double) elapsed / N;
    }

    static double handUsed() {
        long start = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < N; i++) sum += hash(handInput + i); // a new input every time
        long elapsed = System.nanoTime() - start;
        sink += sum;
        return (double) elapsed / N;
    }

    public static void main(String[] args) throws Exception {
        // The hand-written loops get a warm-up too: five rounds, the last one counts.
        double discarded = 0, constant = 0, used = 0;
        for (int round = 0; round < 5; round++) {
            discarded = handDiscarded();
            constant = handConstant();
            used = handUsed();
        }

        // JMH: one fork per benchmark, 2 warm-up and 3 measured iterations of 100 ms each.
        var options = new OptionsBuilder()
                .include(DeadCodeAndFolding.class.getName())
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(100))
                .verbosity(VerboseMode.SILENT)
                .build();
        var scores = new java.util.TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var result = run.getPrimaryResult();
            scores.put(name, new double[] {result.getScore(), result.getScoreError()});
        }

        String[][] rows = {
            {"baseline", "an empty method"},
            {"discarded", "hash(input), result dropped"},
            {"constant", "hash(CONSTANT), returned"},
            {"returned", "hash(input), returned"},
            {"blackhole", "hash(input), into a Blackhole"},
        };
        System.out.println("| JMH benchmark | what it times | score (ns/op) | error (ns/op) |");
        System.out.println("|---|---|---|---|");
        for (String[] row : rows) {
            double[] s = scores.get(row[0]);
            System.out.println(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f |",
                    row[0], row[1], s[0], s[1]));
        }
        double right = scores.get("returned")[0];
        System.out.println();
        print("hand-written loop, result discarded", discarded, "ns/op");
        print("hand-written loop, constant input", constant, "ns/op");
        print("hand-written loop, new input each time", used, "ns/op");
        print("JMH returned", right, "ns/op");
        print("hand-written discarded / JMH returned", discarded / right, "x");
        print("hand-written constant / JMH returned", constant / right, "x");
        print("JMH discarded / JMH returned", scores.get("discarded")[0] / right, "x");
        print("JMH constant / JMH returned", scores.get("constant")[0] / right, "x");
        double baseline = scores.get("baseline")[0];
        print("JMH returned / JMH baseline", right / baseline, "x");
        print("JMH blackhole / JMH baseline", scores.get("blackhole")[0] / baseline, "x");
        if (sink == 42) System.out.println("(unlikely)");
    }

    static void print(String label, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.3f %s", label, value, unit));
    }
}
