// Structured concurrency (preview in JDK 25): fork subtasks, join them, all inside one block.
// Run with: java --enable-preview ScFanOut.java
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicBoolean;

static final AtomicBoolean slowMirrorInterrupted = new AtomicBoolean();

static String fetch(String what, long ms) throws InterruptedException {
    try {
        Thread.sleep(ms);
    } catch (InterruptedException e) {        // the scope cancels a subtask by interrupting it
        if (what.startsWith("slow")) slowMirrorInterrupted.set(true);
        throw e;
    }
    boolean virtual = Thread.currentThread().isVirtual();
    return what + " (" + (virtual ? "virtual thread" : "platform thread") + ")";
}

void main() throws Exception {
    // open(): the default joiner waits for all subtasks and fails if any fails.
    try (var scope = StructuredTaskScope.open()) {
        Subtask<String> user = scope.fork(() -> fetch("user", 200));
        Subtask<String> orders = scope.fork(() -> fetch("orders", 300));
        scope.join();                              // waits for both (asyncio.gather / TaskGroup)
        IO.println("open(): " + user.get() + " + " + orders.get());
    }   // leaving the block: no subtask can outlive it

    // allSuccessfulOrThrow(): join() returns the subtasks, in fork order.
    try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
        for (String city : new String[] {"Berlin", "Tokyo", "Budapest"}) {
            scope.fork(() -> fetch("weather in " + city, 100));
        }
        scope.join().map(Subtask::get).forEach(r -> IO.println("allSuccessfulOrThrow(): " + r));
    }

    // anySuccessfulResultOrThrow(): the first success wins, the others are cancelled (interrupted).
    long t0 = System.nanoTime();
    try (var scope = StructuredTaskScope.open(Joiner.<String>anySuccessfulResultOrThrow())) {
        scope.fork(() -> fetch("slow mirror", 2_000));
        scope.fork(() -> fetch("fast mirror", 100));
        IO.println("anySuccessfulResultOrThrow(): " + scope.join());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    IO.println("race finished before the slow mirror could: " + (ms < 2_000));
    IO.println("slow mirror interrupted: " + slowMirrorInterrupted.get());
}
