// How well a parallel stream speeds up depends on how well its source splits. The same work on the
// same numbers, from four sources: ArrayList and IntStream.range split in halves at once; a
// LinkedList and Stream.iterate(...).limit(n) must be walked element by element to be split.
import java.util.*;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

static final int N = 150_000;

static long work(long x) {                  // some arithmetic: mixes the bits of x
    for (int i = 0; i < 60; i++) { x ^= x >>> 31; x *= 0x9E3779B97F4A7C15L; }
    return x & 1023;
}

record Source(String name, LongSupplier sequential, LongSupplier parallel) {}

static double millis(LongSupplier run, long expected) {
    long start = System.nanoTime();
    if (run.getAsLong() != expected) throw new AssertionError("wrong sum");
    return (System.nanoTime() - start) / 1e6;
}

void main() {
    List<Integer> arrayList = new ArrayList<>(IntStream.range(0, N).boxed().toList());
    List<Integer> linkedList = new LinkedList<>(arrayList);
    var sources = List.of(
        new Source("ArrayList",
            () -> arrayList.stream().mapToLong(x -> work(x)).sum(),
            () -> arrayList.parallelStream().mapToLong(x -> work(x)).sum()),
        new Source("LinkedList",
            () -> linkedList.stream().mapToLong(x -> work(x)).sum(),
            () -> linkedList.parallelStream().mapToLong(x -> work(x)).sum()),
        new Source("IntStream.range",
            () -> IntStream.range(0, N).mapToLong(x -> work(x)).sum(),
            () -> IntStream.range(0, N).parallel().mapToLong(x -> work(x)).sum()),
        new Source("Stream.iterate + limit",
            () -> Stream.iterate(0, i -> i + 1).limit(N).mapToLong(x -> work(x)).sum(),
            () -> Stream.iterate(0, i -> i + 1).limit(N).parallel().mapToLong(x -> work(x)).sum()));

    long expected = IntStream.range(0, N).mapToLong(x -> work(x)).sum();
    var seq = new double[sources.size()];
    var par = new double[sources.size()];
    Arrays.fill(seq, Double.MAX_VALUE);
    Arrays.fill(par, Double.MAX_VALUE);
    for (int round = 0; round < 4; round++) {     // round 0 warms up; interleaved, best time
        for (int i = 0; i < sources.size(); i++) {
            double s = millis(sources.get(i).sequential(), expected);
            double p = millis(sources.get(i).parallel(), expected);
            if (round > 0) { seq[i] = Math.min(seq[i], s); par[i] = Math.min(par[i], p); }
        }
    }
    IO.println(N + " numbers; common pool parallelism " + java.util.concurrent.ForkJoinPool
            .getCommonPoolParallelism() + " (+ the calling thread)");
    IO.println();
    IO.println("| source | sequential (ms) | parallel (ms) | speed-up (x) |");
    IO.println("|---|---|---|---|");
    for (int i = 0; i < sources.size(); i++) {
        IO.println("| %s | %.1f | %.1f | %.2f |".formatted(sources.get(i).name(), seq[i], par[i],
                seq[i] / par[i]));
    }
    IO.println();
    double arraySpeedUp = seq[0] / par[0], linkedSpeedUp = seq[1] / par[1];
    double rangeSpeedUp = seq[2] / par[2], iterateSpeedUp = seq[3] / par[3];
    IO.println("ArrayList speed-up: %.2f x".formatted(arraySpeedUp));
    IO.println("LinkedList speed-up: %.2f x".formatted(linkedSpeedUp));
    IO.println("IntStream.range speed-up: %.2f x".formatted(rangeSpeedUp));
    IO.println("Stream.iterate speed-up: %.2f x".formatted(iterateSpeedUp));
    IO.println("IntStream.range over Stream.iterate: %.2f x"
            .formatted(rangeSpeedUp / iterateSpeedUp));
}
