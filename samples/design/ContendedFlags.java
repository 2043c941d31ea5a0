//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//COMPILE_OPTIONS --add-exports java.base/jdk.internal.vm.annotation=ALL-UNNAMED
//JAVA_OPTIONS -XX:-RestrictContended --sun-misc-unsafe-memory-access=allow
// @jdk.internal.vm.annotation.Contended in a class of your own: compiled with its package
// exported and run with -XX:-RestrictContended, HotSpot pads the annotated fields. The program
// prints the flags behind the annotation, the JDK classes that use it, and how much bigger the
// padded object is; then JMH measures how fast two threads count when each writes one field of
// one object. JMH's forks get this JVM's options; each fork checks that it pads too.
package contended;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jdk.internal.vm.annotation.Contended;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

@BenchmarkMode(Mode.Throughput)                 // a group's score adds up both threads
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)                                        // no jvmArgs: the fork inherits this JVM's options
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class ContendedFlags {

    // Two counters, each written by one thread. HotSpot packs the two longs side by side.
    static final class Plain { volatile long first, second; }

    // Each field in a contention group of its own: HotSpot pads around each of them.
    static final class Padded {
        @Contended volatile long first;
        @Contended volatile long second;
    }

    // Classes of java.base whose fields or whole instances are marked @Contended (JDK 25).
    static final String[] JDK_CLASSES = {
        "java.util.concurrent.atomic.Striped64$Cell",          // the cells of LongAdder & co.
        "java.util.concurrent.ConcurrentHashMap$CounterCell",  // the cells behind size()
        "java.util.concurrent.ForkJoinPool$WorkQueue",         // a worker's task queue
    };

    // Scope.Group: the two threads of a group count in the fields of one shared object.
    @State(Scope.Group)
    public static class Counters {
        final Plain plain = new Plain();
        final Padded padded = new Padded();

        // Runs in the fork, before any measurement: without the padding the numbers would
        // compare two unpadded classes, so stop the run instead.
        @Setup(Level.Trial)
        public void checkPadding() {
            long padding = bytesPerObject(Padded::new) - bytesPerObject(Plain::new);
            if (padding <= 0) {
                throw new IllegalStateException("this fork ignores @Contended: run it with "
                        + "-XX:-RestrictContended");
            }
        }
    }

    // Each field has one writer, so ++ on it loses nothing; the count goes back to JMH.
    @Benchmark @Group("plain") @GroupThreads(1)
    public long plainFirst(Counters c) { return c.plain.first++; }

    @Benchmark @Group("plain") @GroupThreads(1)
    public long plainSecond(Counters c) { return c.plain.second++; }

    @Benchmark @Group("padded") @GroupThreads(1)
    public long paddedFirst(Counters c) { return c.padded.first++; }

    @Benchmark @Group("padded") @GroupThreads(1)
    public long paddedSecond(Counters c) { return c.padded.second++; }

    // Bytes the current thread allocates per object, over 1,000 objects kept alive in an array.
    static long bytesPerObject(Supplier<Object> make) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Object[] keep = new Object[1_000];
        keep[0] = make.get(); // the first call links the lambda: not counted
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < keep.length; i++) keep[i] = make.get();
        long after = threads.getCurrentThreadAllocatedBytes();
        if (Arrays.stream(keep).anyMatch(o -> o == null)) throw new AssertionError();
        return (after - before) / keep.length;
    }

    public static void main(String[] args) throws Exception {
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String flag : new String[] {"EnableContended", "RestrictContended"}) {
            System.out.println(flag + ": " + vm.getVMOption(flag).getValue());
        }
        System.out.println("ContendedPaddingWidth: "
                + vm.getVMOption("ContendedPaddingWidth").getValue() + " bytes");

        // The JDK's own uses. The annotation type is looked up by name, so that the program
        // needs the export only to compile: naming Contended.class would need it at run time too.
        var contended = Class.forName("jdk.internal.vm.annotation.Contended")
                .asSubclass(java.lang.annotation.Annotation.class);
        for (String name : JDK_CLASSES) {
            Class<?> c = Class.forName(name);
            long onFields = Arrays.stream(c.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(contended)).count();
            String where = c.isAnnotationPresent(contended)
                    ? "the whole class" : onFields + " fields";
            System.out.println(name.substring(name.lastIndexOf('.') + 1) + ": " + where);
        }
        System.out.println();

        long plainBytes = bytesPerObject(Plain::new), paddedBytes = bytesPerObject(Padded::new);

        var options = new OptionsBuilder().include(ContendedFlags.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<String, double[]>();
        boolean forkUnrestricted = true;
        for (RunResult run : new Runner(options).run()) {
            String group = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var result = run.getPrimaryResult();
            scores.put(group, new double[] {result.getScore(), result.getScoreError()});
            // The JVM options JMH started the fork with.
            forkUnrestricted &= run.getParams().getJvmArgs().contains("-XX:-RestrictContended");
        }
        double[] plain = scores.get("plain"), padded = scores.get("padded");
        System.out.println("benchmark forks run with -XX:-RestrictContended: " + forkUnrestricted);
        System.out.println();
        System.out.println("| class | bytes per object | increments per µs by both threads "
                + "| error (per µs) |");
        System.out.println("|---|---|---|---|");
        System.out.println(String.format(Locale.ROOT,
                "| Plain: two volatile longs | %d | %.1f | %.1f |",
                plainBytes, plain[0], plain[1]));
        System.out.println(String.format(Locale.ROOT,
                "| Padded: the same, each @Contended | %d | %.1f | %.1f |",
                paddedBytes, padded[0], padded[1]));
        System.out.println();
        System.out.println("padding added by @Contended: " + (paddedBytes - plainBytes) + " bytes");
        System.out.println(String.format(Locale.ROOT, "padded / plain throughput: %.2f x",
                padded[0] / plain[0]));
    }
}
