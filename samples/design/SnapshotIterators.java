//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// What happens when a list changes while it is being iterated, for three lists, all in one
// thread so that the outcome is certain: an ArrayList fails fast, a CopyOnWriteArrayList's
// iterator goes on over the snapshot it started with, and a ConcurrentLinkedQueue's weakly
// consistent iterator neither fails nor promises to show the change. Then, measured by JMH:
// what copy-on-write costs when the list is written often.
package snapshots;

import java.util.*;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class SnapshotIterators {

    static final int ADDS = 5_000;

    // Every write to a CopyOnWriteArrayList copies the whole array: n adds copy about n²/2
    // elements. Fine for a list of listeners, ruinous for a list that grows by add().
    // Each benchmark returns its list, so JMH consumes it and the adds cannot be dropped.
    @Benchmark
    public List<Integer> copyOnWriteArrayList() {
        var list = new CopyOnWriteArrayList<Integer>();
        for (int i = 0; i < ADDS; i++) list.add(i);
        return list;
    }

    @Benchmark
    public List<Integer> arrayList() {
        var list = new ArrayList<Integer>();
        for (int i = 0; i < ADDS; i++) list.add(i);
        return list;
    }

    static List<String> iterateAndAdd(Collection<String> items) {
        var seen = new ArrayList<String>();
        for (String item : items) {
            seen.add(item);
            if (item.equals("a")) items.add("d"); // change the collection mid-iteration
        }
        return seen;
    }

    public static void main(String[] args) throws Exception {
        var arrayList = new ArrayList<>(List.of("a", "b", "c"));
        try {
            iterateAndAdd(arrayList);
        } catch (ConcurrentModificationException e) {
            System.out.println("ArrayList: " + e.getClass().getSimpleName());
        }

        var cow = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        System.out.println("CopyOnWriteArrayList, iterator saw: " + iterateAndAdd(cow)
                + ", list now: " + cow);
        try {
            cow.iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("CopyOnWriteArrayList, iterator.remove(): " + e.getClass().getSimpleName());
        }

        var queue = new ConcurrentLinkedQueue<>(List.of("a", "b", "c"));
        System.out.println("ConcurrentLinkedQueue, iterator saw: " + iterateAndAdd(queue)
                + ", queue now: " + queue);

        var options = new OptionsBuilder().include(SnapshotIterators.class.getName())
                .verbosity(VerboseMode.SILENT).build();
        var micros = new TreeMap<String, Double>();
        for (RunResult run : new Runner(options).run())
            micros.put(run.getParams().getBenchmark().replaceFirst(".*\\.", ""), run.getPrimaryResult().getScore());
        System.out.println("adds to each list: " + ADDS);
        System.out.println(String.format(Locale.ROOT, "CopyOnWriteArrayList, all the adds: %.1f µs", micros.get("copyOnWriteArrayList")));
        System.out.println(String.format(Locale.ROOT, "ArrayList, all the adds: %.1f µs", micros.get("arrayList")));
        System.out.println(String.format(Locale.ROOT, "time for the adds, CopyOnWriteArrayList / ArrayList: %.1f x",
                micros.get("copyOnWriteArrayList") / micros.get("arrayList")));
    }
}
