// Two threads of one JVM computing at the same moment. Each computing thread asks the operating
// system for its own CPU time: if the threads could only take turns (as under the global
// interpreter lock of CPython's default build), their CPU time together could never exceed the
// wall-clock time that passed.
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

// Pure computation: steps of a xorshift random number generator, which the JIT cannot skip.
static long spin(long seed, long steps) {
    long x = 88172645463325252L + seed;
    for (long i = 0; i < steps; i++) { x ^= x << 13; x ^= x >>> 7; x ^= x << 17; }
    return x;
}

static final long STEPS = 60_000_000;                      // per computation
static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

// The CPU time the calling thread has used so far, in nanoseconds (not the JIT's or the GC's).
static long cpuNanos() { return THREADS.getCurrentThreadCpuTime(); }

// Runs the body three times and prints, for the fastest run, its wall time, the CPU time of the
// threads that computed, and their ratio (the fastest run is the one least disturbed by others).
void measure(String name, CpuTimedWork body) throws Exception {
    double wallMs = Double.MAX_VALUE, cpuMs = 0;
    for (int run = 0; run < 3; run++) {
        long start = System.nanoTime();
        long cpu = body.run();                                 // CPU time of its threads
        double wall = (System.nanoTime() - start) / 1e6;
        if (wall < wallMs) {
            wallMs = wall;
            cpuMs = cpu / 1e6;
        }
    }
    IO.println("%s, wall time: %.0f ms".formatted(name, wallMs));
    IO.println("%s, CPU time of the computing threads: %.0f ms".formatted(name, cpuMs));
    IO.println("%s, CPU time / wall time: %.2f".formatted(name, cpuMs / wallMs));
}

// A piece of work that returns the CPU time, in nanoseconds, its computing threads used.
interface CpuTimedWork { long run() throws Exception; }

void main() throws Exception {
    long[] results = new long[4];
    results[0] = spin(0, STEPS / 5);                        // warm-up: compile spin() first
    measure("one thread", () -> {                          // both computations on main
        long before = cpuNanos();
        results[0] = spin(1, STEPS);
        results[1] = spin(2, STEPS);
        return cpuNanos() - before;
    });
    measure("two threads", () -> {                         // one computation on each thread
        long[] cpu = new long[2];                          // a new thread starts at 0 CPU time
        Thread a = Thread.ofPlatform().start(() -> {
            results[2] = spin(1, STEPS);
            cpu[0] = cpuNanos();
        });
        Thread b = Thread.ofPlatform().start(() -> {
            results[3] = spin(2, STEPS);
            cpu[1] = cpuNanos();
        });
        a.join();                                      // join also makes their writes visible here
        b.join();
        return cpu[0] + cpu[1];
    });
    IO.println("same results: " + (results[0] == results[2] && results[1] == results[3]));
}
