// What does it cost to create, start and join a thread? Platform vs virtual, and a pool that reuses its threads.
import java.util.ArrayList;
import java.util.concurrent.*;

static final int THREADS = 500;

// Starts n threads that do nothing, joins them all, returns microseconds per thread.
static double startAndJoin(Thread.Builder builder, int n) throws InterruptedException {
    var threads = new ArrayList<Thread>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) threads.add(builder.start(() -> { }));
    for (Thread t : threads) t.join();
    return (System.nanoTime() - start) / 1e3 / n;
}

// The same n empty tasks on a pool whose threads already exist.
static double pooled(ExecutorService pool, int n) throws Exception {
    var futures = new ArrayList<Future<?>>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) futures.add(pool.submit(() -> { }));
    for (var f : futures) f.get();
    return (System.nanoTime() - start) / 1e3 / n;
}

void main() throws Exception {
    double platform = Double.MAX_VALUE, virtual = Double.MAX_VALUE, pool = Double.MAX_VALUE;
    try (var executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
        for (int round = 0; round < 4; round++) {   // round 0 warms up; keep the best of the others
            double p = startAndJoin(Thread.ofPlatform(), THREADS);
            double v = startAndJoin(Thread.ofVirtual(), THREADS);
            double q = pooled(executor, THREADS);
            if (round == 0) continue;
            platform = Math.min(platform, p);
            virtual = Math.min(virtual, v);
            pool = Math.min(pool, q);
        }
    }
    IO.println("| thread | create, start and join (microseconds per thread) |");
    IO.println("|---|---|");
    IO.println("| platform thread | %.2f |".formatted(platform));
    IO.println("| virtual thread | %.2f |".formatted(virtual));
    IO.println("| task on a pool | %.2f |".formatted(pool));
    IO.println();
    IO.println("platform / virtual: %.1f x".formatted(platform / virtual));
}
