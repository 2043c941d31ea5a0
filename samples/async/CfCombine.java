// Composing futures: thenCompose, thenCombine, allOf, anyOf.
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// A stand-in for a non-blocking client: the answer arrives after `ms`, no thread waits.
static ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

static <T> CompletableFuture<T> later(long ms, T value) {
    var f = new CompletableFuture<T>();
    timer.schedule(() -> f.complete(value), ms, TimeUnit.MILLISECONDS);
    return f;
}

static CompletableFuture<Integer> userId(String name) { return later(30, name.length()); }
static CompletableFuture<String> profile(int id)     { return later(30, "profile#" + id); }

record Op(String name, int a, int b) {
    double apply() {
        return switch (name) {
            case "add" -> a + b; case "subtract" -> a - b;
            case "multiply" -> a * b; default -> (double) a / b;
        };
    }
}

void main() {
    // thenCompose: the second call needs the first one's result (flatMap; two awaits in asyncio)
    String p = userId("ada").thenCompose(id -> profile(id)).join();
    IO.println("thenCompose: " + p);

    // thenCombine: two independent calls run at once, then one function joins them
    double total = later(40, 19.99).thenCombine(later(40, 3), (price, qty) -> price * qty).join();
    IO.println("thenCombine: " + total);

    // allOf: run many, continue when every one is done (asyncio.gather)
    var pool = Executors.newFixedThreadPool(3);   // three workers, six jobs
    List<Op> ops = List.of(new Op("add", 2, 3), new Op("subtract", 10, 5), new Op("multiply", 4, 6),
                           new Op("divide", 20, 4), new Op("add", 8, 9), new Op("multiply", 3, 7));
    var futures = ops.stream().map(op -> CompletableFuture.supplyAsync(op::apply, pool)).toList();
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    for (int i = 0; i < ops.size(); i++) {
        Op op = ops.get(i);
        double result = futures.get(i).join();
        IO.println("allOf: %s(%d, %d) = %s".formatted(op.name(), op.a(), op.b(), result));
    }
    pool.shutdown();

    // anyOf: the first to finish wins (asyncio.wait with FIRST_COMPLETED)
    Object fastest = CompletableFuture.anyOf(
            later(600, "mirror-a"), later(10, "mirror-b"), later(900, "mirror-c")).join();
    IO.println("anyOf: " + fastest);
    timer.shutdownNow();   // the slower mirrors are still pending: nobody cancels them for us
}
