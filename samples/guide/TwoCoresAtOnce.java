// Two threads of one JVM computing at the same moment. The operating system counts the CPU
// time of the whole process: if the threads could only take turns (as under CPython's global
// interpreter lock), it could never exceed the wall-clock time that passed.
import java.time.Duration;

// Pure computation: steps of a xorshift random number generator, which the JIT cannot skip.
static long spin(long seed, long steps) {
    long x = 88172645463325252L + seed;
    for (long i = 0; i < steps; i++) { x ^= x << 13; x ^= x >>> 7; x ^= x << 17; }
    return x;
}

static final long STEPS = 60_000_000;                      // per computation

Duration cpuTime() { return ProcessHandle.current().info().totalCpuDuration().orElseThrow(); }

// Runs the body three times and prints, for the fastest run, its wall time, the process's CPU
// time meanwhile, and their ratio (the fastest run is the one least disturbed by other programs).
void measure(String name, ThrowingRunnable body) throws Exception {
    double wallMs = Double.MAX_VALUE, cpuMs = 0;
    for (int run = 0; run < 3; run++) {
        Duration cpuBefore = cpuTime();
        long start = System.nanoTime();
        body.run();
        double wall = (System.nanoTime() - start) / 1e6;
        if (wall < wallMs) {
            wallMs = wall;
            cpuMs = cpuTime().minus(cpuBefore).toNanos() / 1e6;
        }
    }
    IO.println("%s, wall time: %.0f ms".formatted(name, wallMs));
    IO.println("%s, process CPU time: %.0f ms".formatted(name, cpuMs));
    IO.println("%s, CPU time / wall time: %.2f".formatted(name, cpuMs / wallMs));
}

interface ThrowingRunnable { void run() throws Exception; }

void main() throws Exception {
    long[] results = new long[4];
    results[0] = spin(0, STEPS / 5);                        // warm-up: compile spin() first
    measure("one thread", () -> { results[0] = spin(1, STEPS); results[1] = spin(2, STEPS); });
    measure("two threads", () -> {
        Thread a = Thread.ofPlatform().start(() -> results[2] = spin(1, STEPS));
        Thread b = Thread.ofPlatform().start(() -> results[3] = spin(2, STEPS));
        a.join();                                       // join also makes results[] visible here
        b.join();
    });
    IO.println("same results: " + (results[0] == results[2] && results[1] == results[3]));
}
