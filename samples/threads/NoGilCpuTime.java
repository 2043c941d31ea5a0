// Java has no global interpreter lock: threads of one JVM run Java code on several
// cores at the same instant. Proof: the threads together get more CPU time than
// the wall-clock time that passed, which only parallel execution can do.
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

// Pure CPU work: a xorshift pseudo-random walk, which the JIT compiler cannot shortcut.
static long spin(long iterations) {
    long x = 42;
    for (long i = 0; i < iterations; i++) { x ^= x << 13; x ^= x >>> 7; x ^= x << 17; }
    return x;
}

void main() throws InterruptedException {
    var mx = ManagementFactory.getThreadMXBean();
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = 2 * cores; // two per core: together they can use at most "cores" CPU-s per second
    var cpuNanos = new AtomicLong();
    var checksum = new AtomicLong();
    spin(20_000_000); // warm up: compile spin() before timing

    long start = System.nanoTime();
    var workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
        workers[i] = Thread.ofPlatform().start(() -> {
            checksum.addAndGet(spin(100_000_000));
            cpuNanos.addAndGet(mx.getCurrentThreadCpuTime()); // CPU time this thread used
        });
    }
    for (var w : workers) w.join();
    long wallNanos = System.nanoTime() - start;

    IO.println("threads: " + threads + " on " + cores + " cores");
    IO.println("wall time: " + wallNanos / 1_000_000 + " ms");
    IO.println("CPU time of all threads: " + cpuNanos.get() / 1_000_000 + " ms");
    IO.println("cores busy at once: %.2f".formatted((double) cpuNanos.get() / wallNanos));
    if (checksum.get() == 0) IO.println("(unlikely checksum)"); // keeps the work alive
}
