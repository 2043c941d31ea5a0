//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// False sharing, measured by JMH (after JMH's own JMHSample_22_FalseSharing): two threads, each
// incrementing its own counter, nothing shared in the program's logic. When the two counters
// sit in the same 64-byte cache line, the cores must pass that line back and forth on every
// increment; 128 bytes apart, each core keeps its own line. The counters are slots of one
// AtomicIntegerArray: slots 16 and 17 (adjacent), or 16 and 48 (padded). One JMH group runs the
// two threads together, once per layout, each in a JVM of its own.
package falsesharing;

import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

// Scope.Group: the two threads of the group share one array, and so, maybe, one cache line.
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)                 // the group's score adds up both threads
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class FalseSharing {

    // In HotSpot's default object layout an int array's elements start 16 bytes into the array,
    // after its header, and arrays start on an 8-byte boundary. Slot 16 (80 bytes in) is then
    // never in the header's line, which every increment reads (the length, for the bounds
    // check). Slots 16 and 17 share one 8-byte word, so they are always in one cache line;
    // slots 16 and 48 are 128 bytes apart, so they never are.
    static final int FIRST_SLOT = 16;

    @Param({"17", "48"})
    int secondSlot;

    final AtomicIntegerArray counters = new AtomicIntegerArray(64);

    // One thread of the group runs each method; each returns its count, so JMH consumes it.
    @Benchmark @Group("counters") @GroupThreads(1)
    public int first() {
        return counters.incrementAndGet(FIRST_SLOT);
    }

    @Benchmark @Group("counters") @GroupThreads(1)
    public int second() {
        return counters.incrementAndGet(secondSlot);
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(FalseSharing.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<Integer, double[]>();
        for (RunResult run : new Runner(options).run()) {
            var result = run.getPrimaryResult();
            scores.put(Integer.valueOf(run.getParams().getParam("secondSlot")),
                    new double[] {result.getScore(), result.getScoreError()});
        }
        double[] adjacent = scores.get(17), padded = scores.get(48);
        System.out.println("| counters | increments per µs by both threads | error (per µs) |");
        System.out.println("|---|---|---|");
        row("adjacent, slots 16 and 17", adjacent);
        row("padded, slots 16 and 48", padded);
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "padded / adjacent throughput: %.2f x",
                padded[0] / adjacent[0]));
    }

    static void row(String name, double[] score) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f |",
                name, score[0], score[1]));
    }
}
