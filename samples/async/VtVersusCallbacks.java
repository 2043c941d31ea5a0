// One workflow, two styles: a CompletableFuture chain and blocking code on virtual threads.
// Workflow: look up the user, then fetch orders and recommendations at the same time, then combine.
// Every remote call takes 20 ms; recommendations fail for every 10th user and fall back.
import java.util.concurrent.*;
import java.util.stream.IntStream;

static final int WORKFLOWS = 2_000;
static final long CALL_MS = 20;
static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

// --- a non-blocking client: returns at once, completes later (callback style) ---
static <T> CompletableFuture<T> later(Callable<T> answer) {
    var f = new CompletableFuture<T>();
    timer.schedule(() -> { try { f.complete(answer.call()); } catch (Exception e) { f.completeExceptionally(e); } },
            CALL_MS, TimeUnit.MILLISECONDS);
    return f;
}
static CompletableFuture<String> userAsync(int id)        { return later(() -> "user" + id); }
static CompletableFuture<Integer> ordersAsync(String u)   { return later(() -> u.length()); }
static CompletableFuture<String> recsAsync(String u)      { return later(() -> recs(u)); }

// --- the same client, blocking (the style virtual threads are made for) ---
static <T> T blocking(Callable<T> answer) throws Exception { Thread.sleep(CALL_MS); return answer.call(); }
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

void main() throws Exception {
    IO.println("chain:    " + workflowChain(7).join());
    try (var vthreads = Executors.newVirtualThreadPerTaskExecutor()) {
        IO.println("blocking: " + workflowBlocking(7, vthreads));
        IO.println("blocking: " + workflowBlocking(10, vthreads));

        for (int round = 0; round < 2; round++) {        // round 0 warms up the JIT, round 1 is reported
            long start = System.nanoTime();
            var chains = IntStream.range(0, WORKFLOWS).mapToObj(id -> workflowChain(id)).toList();
            long chainHash = chains.stream().mapToLong(f -> f.join().hashCode()).sum();
            long chainMs = (System.nanoTime() - start) / 1_000_000;

            start = System.nanoTime();
            var blocks = IntStream.range(0, WORKFLOWS)
                    .mapToObj(id -> vthreads.submit(() -> workflowBlocking(id, vthreads))).toList();
            long blockHash = 0;
            for (var f : blocks) blockHash += f.get().hashCode();
            long blockMs = (System.nanoTime() - start) / 1_000_000;

            if (round == 0) continue;
            IO.println("workflows: " + WORKFLOWS + " per style, 2 x " + CALL_MS + " ms of waiting each");
            IO.println("same results: " + (chainHash == blockHash));
            IO.println("callback chain: " + chainMs + " ms");
            IO.println("virtual threads: " + blockMs + " ms");
            // total waiting / wall time: how many workflows were in flight at once, on average
            IO.println("callback chain overlap: " + WORKFLOWS * 2 * CALL_MS / Math.max(1, chainMs) + " x");
            IO.println("virtual threads overlap: " + WORKFLOWS * 2 * CALL_MS / Math.max(1, blockMs) + " x");
        }
    }
    timer.shutdown();
}
