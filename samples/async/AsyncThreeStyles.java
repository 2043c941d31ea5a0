// One job, three styles: 10 lookups that each wait 100 ms for a "remote" answer.
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

static final int LOOKUPS = 10;
static final long WAIT_MS = 100;

// Blocking style: the calling thread waits inside the call.
static int lookup(int key) throws InterruptedException {
    Thread.sleep(WAIT_MS);
    return key * key;
}

// Callback style: the call returns at once; a timer completes the future later,
// so no thread waits for the answer.
static CompletableFuture<Integer> lookupAsync(ScheduledExecutorService timer, int key) {
    var result = new CompletableFuture<Integer>();
    timer.schedule(() -> result.complete(key * key), WAIT_MS, TimeUnit.MILLISECONDS);
    return result;
}

// 1. sequential, blocking: one lookup after the other
static int sequential() throws InterruptedException {
    int sum = 0;
    for (int k = 0; k < LOOKUPS; k++) sum += lookup(k);
    return sum;
}

// 2. futures and callbacks: start all, then combine (asyncio.gather)
static int callbacks(ScheduledExecutorService timer) {
    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int k = 0; k < LOOKUPS; k++) futures.add(lookupAsync(timer, k));
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(done -> futures.stream().mapToInt(CompletableFuture::join).sum())
            .join();
}

// 3. virtual threads: the blocking code of style 1, one virtual thread per lookup
static int virtualThreads() throws Exception {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        var futures = new ArrayList<Future<Integer>>();
        for (int k = 0; k < LOOKUPS; k++) {
            int key = k;
            futures.add(executor.submit(() -> lookup(key)));
        }
        int sum = 0;
        for (var f : futures) sum += f.get();
        return sum;
    }
}

static double msSince(long start) { return (System.nanoTime() - start) / 1e6; }

void main() throws Exception {
    try (var timer = Executors.newSingleThreadScheduledExecutor()) {
        // warm-up, not timed: the first use of futures, lambdas and the virtual-thread scheduler
        callbacks(timer);
        virtualThreads();

        long start = System.nanoTime();
        IO.println("sequential sum: " + sequential());
        double sequential = msSince(start);

        start = System.nanoTime();
        IO.println("callbacks sum: " + callbacks(timer));
        double callbacks = msSince(start);

        start = System.nanoTime();
        IO.println("virtual threads sum: " + virtualThreads());
        double virtual = msSince(start);

        IO.println(String.format(Locale.ROOT, "sequential: %.0f ms", sequential));
        IO.println(String.format(Locale.ROOT, "callbacks: %.0f ms", callbacks));
        IO.println(String.format(Locale.ROOT, "virtual threads: %.0f ms", virtual));
        IO.println(String.format(Locale.ROOT, "callbacks speed-up: %.2f x",
                sequential / callbacks));
        IO.println(String.format(Locale.ROOT, "virtual threads speed-up: %.2f x",
                sequential / virtual));
    }
}
