// One job, three styles: 10 lookups that each wait 100 ms for a "remote" answer.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
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
// so no thread waits (like an asyncio coroutine awaiting a socket).
static CompletableFuture<Integer> lookupAsync(ScheduledExecutorService timer, int key) {
    var result = new CompletableFuture<Integer>();
    timer.schedule(() -> result.complete(key * key), WAIT_MS, TimeUnit.MILLISECONDS);
    return result;
}

static long msSince(long start) { return (System.nanoTime() - start) / 1_000_000; }
static double ratio(long a, long b) { return Math.round(10.0 * a / Math.max(1, b)) / 10.0; }

void main() throws Exception {
    // 1. sequential, blocking: one lookup after the other
    long start = System.nanoTime();
    int sum = 0;
    for (int k = 0; k < LOOKUPS; k++) sum += lookup(k);
    long sequential = msSince(start);
    IO.println("sequential sum: " + sum);

    // 2. futures and callbacks: start all, then combine (asyncio.gather)
    try (var timer = Executors.newSingleThreadScheduledExecutor()) {
        start = System.nanoTime();
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int k = 0; k < LOOKUPS; k++) futures.add(lookupAsync(timer, k));
        sum = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().mapToInt(CompletableFuture::join).sum())
                .join();
    }
    long callbacks = msSince(start);
    IO.println("callbacks sum: " + sum);

    // 3. virtual threads: the blocking code of style 1, one virtual thread per lookup
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        start = System.nanoTime();
        var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
        for (int k = 0; k < LOOKUPS; k++) {
            int key = k;
            futures.add(executor.submit(() -> lookup(key)));
        }
        sum = 0;
        for (var f : futures) sum += f.get();
    }
    long virtual = msSince(start);
    IO.println("virtual threads sum: " + sum);

    IO.println("sequential: " + sequential + " ms");
    IO.println("callbacks: " + callbacks + " ms");
    IO.println("virtual threads: " + virtual + " ms");
    IO.println("callbacks speed-up: " + ratio(sequential, callbacks) + " x");
    IO.println("virtual threads speed-up: " + ratio(sequential, virtual) + " x");
}
