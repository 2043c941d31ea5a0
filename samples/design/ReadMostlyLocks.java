//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// A read-mostly workload, measured by JMH: two readers read a pair of fields as often as they
// can while one writer changes the pair and then rests for 50 microseconds. The pair is
// guarded three ways: by synchronized, by a ReentrantReadWriteLock, and by a StampedLock read
// optimistically.
// Readers check the invariant (y == 2x) on every read. Each guard is one JMH group of 2 reader
// threads and 1 writer thread, run in a JVM of its own; the table shows the readers' throughput.
package readmostly;

import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

// Scope.Group: the three threads of one group (2 readers, 1 writer) share one instance, so
// they contend for the same pair and the same lock.
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class ReadMostlyLocks {

    static final long WRITER_PAUSE_NANOS = 50_000;

    long x, y;                                  // the invariant: y == 2 * x
    final Object monitor = new Object();
    final ReentrantReadWriteLock readWrite = new ReentrantReadWriteLock();
    final StampedLock stamped = new StampedLock();

    // A torn read would stop the benchmark; the sum goes back to JMH, so the read is used.
    static long checked(long cx, long cy) {
        if (cy != 2 * cx) throw new AssertionError("torn read: " + cx + ", " + cy);
        return cx + cy;
    }

    // synchronized: readers exclude each other as well as the writer.
    @Benchmark @Group("synchronized") @GroupThreads(2)
    public long synchronizedRead() {
        long cx, cy;
        synchronized (monitor) { cx = x; cy = y; }
        return checked(cx, cy);
    }

    @Benchmark @Group("synchronized") @GroupThreads(1)
    public long synchronizedWrite() {
        long v;
        synchronized (monitor) { v = ++x; y = 2 * v; }
        LockSupport.parkNanos(WRITER_PAUSE_NANOS);  // read-mostly: the writer rests between writes
        return v;
    }

    // ReentrantReadWriteLock: readers share the read lock, the writer takes the write lock.
    @Benchmark @Group("readWrite") @GroupThreads(2)
    public long readWriteRead() {
        long cx, cy;
        readWrite.readLock().lock();
        try { cx = x; cy = y; } finally { readWrite.readLock().unlock(); }
        return checked(cx, cy);
    }

    @Benchmark @Group("readWrite") @GroupThreads(1)
    public long readWriteWrite() {
        long v;
        readWrite.writeLock().lock();
        try { v = ++x; y = 2 * v; } finally { readWrite.writeLock().unlock(); }
        LockSupport.parkNanos(WRITER_PAUSE_NANOS);
        return v;
    }

    // StampedLock: an optimistic read, with a real read lock only when a write came in between.
    @Benchmark @Group("optimistic") @GroupThreads(2)
    public long optimisticRead() {
        long stamp = stamped.tryOptimisticRead();   // writes nothing to shared memory
        long cx = x, cy = y;                        // may be torn: not used before validate
        if (!stamped.validate(stamp)) {             // a writer came in: read again, locked
            stamp = stamped.readLock();
            try { cx = x; cy = y; } finally { stamped.unlockRead(stamp); }
        }
        return checked(cx, cy);
    }

    @Benchmark @Group("optimistic") @GroupThreads(1)
    public long optimisticWrite() {
        long v;
        long stamp = stamped.writeLock();
        try { v = ++x; y = 2 * v; } finally { stamped.unlockWrite(stamp); }
        LockSupport.parkNanos(WRITER_PAUSE_NANOS);
        return v;
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(ReadMostlyLocks.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        // A group's primary score adds up all its threads; each method's own score is the
        // secondary result named after it (readers together, the writer alone).
        var scores = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            for (var result : run.getSecondaryResults().values()) {
                scores.put(result.getLabel(),
                        new double[] {result.getScore(), result.getScoreError()});
            }
        }
        String[][] guards = {
            {"synchronized", "synchronized"},
            {"ReentrantReadWriteLock", "readWrite"},
            {"StampedLock, optimistic", "optimistic"},
        };
        System.out.println(
                "| guard | reads per µs by 2 readers | error (per µs) | writes per ms |");
        System.out.println("|---|---|---|---|");
        for (String[] g : guards) {
            double[] read = scores.get(g[1] + "Read"), write = scores.get(g[1] + "Write");
            System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.1f |",
                    g[0], read[0], read[1], write[0] * 1_000));
        }
        System.out.println();
        double sync = scores.get("synchronizedRead")[0], rw = scores.get("readWriteRead")[0];
        double opt = scores.get("optimisticRead")[0];
        ratio("StampedLock / synchronized", opt / sync);
        ratio("StampedLock / ReentrantReadWriteLock", opt / rw);
        ratio("ReentrantReadWriteLock / synchronized", rw / sync);
    }

    static void ratio(String label, double value) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f x", label, value));
    }
}
