// Structured concurrency (preview in JDK 25): a failure or a timeout cancels the siblings.
// Run with: java --enable-preview ScFailFast.java
import java.time.Duration;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.atomic.AtomicInteger;

static final long T0 = System.nanoTime();
static long ms() { return (System.nanoTime() - T0) / 1_000_000; }
static final AtomicInteger interrupted = new AtomicInteger();

static String slowSibling() throws InterruptedException {
    try {
        Thread.sleep(5_000);                         // would take 5 s...
        return "slow sibling finished";
    } catch (InterruptedException e) {
        interrupted.incrementAndGet();                // ...but the scope interrupts it
        throw e;
    }
}

static String failing() throws InterruptedException {
    Thread.sleep(100);
    throw new IllegalStateException("payment service down");
}

void main() throws Exception {
    // 1. One subtask fails: the scope cancels the other, join() throws FailedException.
    long start = ms();
    try (var scope = StructuredTaskScope.open()) {
        scope.fork(() -> slowSibling());
        scope.fork(() -> failing());
        scope.join();
        IO.println("never printed");
    } catch (StructuredTaskScope.FailedException e) {
        IO.println("join() threw FailedException, cause: " + e.getCause());
    }
    // close() has waited for every subtask, so these numbers are final
    IO.println("siblings interrupted by the failure: " + interrupted.getAndSet(0));
    IO.println("failed scope done after: " + (ms() - start) + " ms");

    // 2. A timeout for the whole scope (asyncio.timeout / wait_for around a TaskGroup).
    start = ms();
    try (var scope = StructuredTaskScope.open(Joiner.<String>awaitAll(),
                                              cfg -> cfg.withTimeout(Duration.ofMillis(200)))) {
        var a = scope.fork(() -> slowSibling());
        var b = scope.fork(() -> slowSibling());
        try {
            scope.join();
        } catch (StructuredTaskScope.TimeoutException e) {
            IO.println("join() threw TimeoutException");
        }
        IO.println("subtask states: " + a.state() + ", " + b.state());
    }
    IO.println("subtasks interrupted by the timeout: " + interrupted.get());
    IO.println("timed-out scope done after: " + (ms() - start) + " ms");
}
