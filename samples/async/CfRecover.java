// What happens to a failure in a CompletableFuture chain, and three ways to react.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

static int parse(String s) { return Integer.parseInt(s); }   // throws on "forty-two"

void main() {
    // A failed stage skips every thenApply after it; the exception travels down the chain.
    CompletableFuture<Integer> failed = CompletableFuture.supplyAsync(() -> parse("forty-two"))
            .thenApply(n -> {
                IO.println("never printed: thenApply is skipped after a failure");
                return n * 2;
            });

    // join() rethrows it wrapped in a CompletionException (get() wraps in ExecutionException).
    try {
        failed.join();
    } catch (CompletionException e) {
        IO.println("join threw: " + e.getClass().getSimpleName());
        IO.println("  cause: " + e.getCause());
    }

    // exceptionally: replace a failure with a value (like `except` around an await).
    // It receives the CompletionException wrapper: test the cause, not `ex` itself.
    int fallback = failed.exceptionally(ex -> {
        IO.println("exceptionally received: " + ex.getClass().getSimpleName()
                + ", cause: " + ex.getCause().getClass().getSimpleName());
        return -1;
    }).join();
    IO.println("exceptionally: " + fallback);

    // handle: sees the result OR the exception, always runs, may recover
    String handled = failed.handle((n, ex) -> ex == null
            ? "ok " + n
            : "recovered from " + ex.getCause().getClass().getSimpleName()).join();
    IO.println("handle: " + handled);

    // whenComplete: observes (logging, metrics) but does not recover: the failure stays
    var observed = failed.whenComplete(
            (n, ex) -> IO.println("whenComplete saw a failure: " + (ex != null)));
    IO.println("after whenComplete, still failed: " + observed.isCompletedExceptionally());

    // The happy path goes through the same handlers untouched.
    String ok = CompletableFuture.supplyAsync(() -> parse("42"))
            .handle((n, ex) -> ex == null ? "ok " + n : "recovered").join();
    IO.println("handle on success: " + ok);
}
