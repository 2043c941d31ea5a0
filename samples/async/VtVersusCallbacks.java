// One workflow, two styles: a CompletableFuture chain and blocking code on virtual threads.
// Workflow: look up the user, then fetch orders and recommendations at the same time, then combine.
// Every remote call takes 20 ms; recommendations fail for every 10th user and fall back.
import java.util.concurrent.*;
import java.util.stream.IntStream;

static final int WORKFLOWS = 2_000;
static final long CALL_MS = 20;
// The non-blocking client's "network": a timer with one thread per core completes the futures,
// and each callback of the chain runs on the timer thread that completed its future.
static final ScheduledExecutorService timer =
        Executors.newScheduledThreadPool(Runtime.getRuntime().availableProcessors());

// --- a non-blocking client: returns at once, completes later (callback style) ---
static <T> CompletableFuture<T> later(Callable<T> answer) {
    var f = new CompletableFuture<T>();
    timer.schedule(() -> {
        try {
            f.complete(answer.call());
        } catch (Exception e) {
            f.completeExceptionally(e);
        }
    }, CALL_MS, TimeUnit.MILLISECONDS);
    return f;
}
static CompletableFuture<String> userAsync(int id)        { return later(() -> "user" + id); }
static CompletableFuture<Integer> ordersAsync(String u)   { return later(() -> u.length()); }
static CompletableFuture<String> recsAsync(String u)      { return later(() -> recs(u)); }

// --- the same client, blocking (the style virtual threads are made for) ---
static <T> T blocking(Callable<T> answer) throws Exception {
    Thread.sleep(CALL_MS);
    return answer.call();
}
static String user(int id) throws Exception       { return blocking(() -> "user" + id); }
static int orders(String u) throws Exception      { return blocking(() -> u.length()); }
static String recommendations(String u) throws Exception { return blocking(() -> recs(u)); }

static String recs(String u) {
    if (u.endsWith("0")) throw new IllegalStateException("recommendation service down");
    return "recs-for-" + u;
}

// tag::chain[]
static CompletableFuture<String> workflowChain(int id) {
    return userAsync(id).thenCompose(user ->
            ordersAsync(user).thenCombine(
                    recsAsync(user).exceptionally(ex -> "no recommendations"),
                    (orders, recs) -> user + ": " + orders + " orders, " + recs));
}
// end::chain[]

// tag::blocking[]
static String workflowBlocking(int id, ExecutorService vthreads) throws Exception {
    String user = user(id);
    Future<Integer> orders = vthreads.submit(() -> orders(user));   // runs at the same time
    String recs;
    try {
        recs = recommendations(user);
    } catch (IllegalStateException e) {
        recs = "no recommendations";
    }
    return user + ": " + orders.get() + " orders, " + recs;
}
// end::blocking[]

// Runs WORKFLOWS chains at once; returns the wall time in ms. `results` gets the sum of hashes.
static long chains(long[] results) {
    long start = System.nanoTime();
    var chains = IntStream.range(0, WORKFLOWS).mapToObj(id -> workflowChain(id)).toList();
    results[0] = chains.stream().mapToLong(f -> f.join().hashCode()).sum();
    return (System.nanoTime() - start) / 1_000_000;
}

// Runs WORKFLOWS blocking workflows at once, one virtual thread each; returns the wall time in ms.
static long blockingOnes(ExecutorService vthreads, long[] results) throws Exception {
    long start = System.nanoTime();
    var blocks = IntStream.range(0, WORKFLOWS)
            .mapToObj(id -> vthreads.submit(() -> workflowBlocking(id, vthreads))).toList();
    long hash = 0;
    for (var f : blocks) hash += f.get().hashCode();
    results[1] = hash;
    return (System.nanoTime() - start) / 1_000_000;
}

void main() throws Exception {
    IO.println("chain:    " + workflowChain(7).join());
    try (var vthreads = Executors.newVirtualThreadPerTaskExecutor()) {
        IO.println("blocking: " + workflowBlocking(7, vthreads));
        IO.println("blocking: " + workflowBlocking(10, vthreads));

        long[] results = new long[2];
        chains(results);                                  // warm-up round, not reported
        blockingOnes(vthreads, results);
        // two measured rounds, in alternating order, so that neither style always goes first
        long chainMs = chains(results);
        long blockMs = blockingOnes(vthreads, results);
        blockMs += blockingOnes(vthreads, results);
        chainMs += chains(results);
        chainMs /= 2;
        blockMs /= 2;

        long waitingMs = WORKFLOWS * 2 * CALL_MS;         // two waits per workflow
        IO.println("workflows: " + WORKFLOWS + " per style, 2 x " + CALL_MS
                + " ms of waiting each");
        IO.println("same results: " + (results[0] == results[1]));
        IO.println("all waits one after another: " + waitingMs / 1000 + " s");
        IO.println("callback chain: " + chainMs + " ms");
        IO.println("virtual threads: " + blockMs + " ms");
        // total waiting / wall time: how many workflows were in flight at once, on average
        IO.println("callback chain overlap: " + waitingMs / Math.max(1, chainMs) + " x");
        IO.println("virtual threads overlap: " + waitingMs / Math.max(1, blockMs) + " x");
    }
    timer.shutdown();
}
