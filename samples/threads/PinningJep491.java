// Pinning on JDK 24+ (JEP 491): synchronized no longer pins a virtual thread, a class initializer still does.
// JFR's jdk.VirtualThreadPinned event reports every time a virtual thread blocks while pinned.
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import jdk.jfr.consumer.RecordingStream;

// A class whose static initializer blocks: a virtual thread cannot unmount while it runs or waits for it.
static final CountDownLatch INIT_STARTED = new CountDownLatch(1);
static class SlowInit {
    static final String GREETING;
    static { INIT_STARTED.countDown(); sleep(600); GREETING = "initialized"; }
}

static void sleep(long ms) {
    try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
}

// Runs n copies of a task, a virtual thread each, and returns the seconds until all are done.
static double seconds(int n, Runnable task) {
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < n; i++) executor.submit(task);
    }
    return (System.nanoTime() - start) / 1e9;
}

void main() throws Exception {
    int carriers = Runtime.getRuntime().availableProcessors();  // the default virtual thread scheduler size
    IO.println("JDK " + Runtime.version() + ", carrier threads: " + carriers);
    var pinnedReasons = new ConcurrentSkipListSet<String>();
    try (var jfr = new RecordingStream()) {
        jfr.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(10));
        jfr.onEvent("jdk.VirtualThreadPinned", e -> pinnedReasons.add(e.getString("pinnedReason").replace("PinningJep491$", "")));
        jfr.startAsync();

        // 1. 50 tasks per carrier, each blocks for 100 ms while holding a monitor: in sleep(), then in wait().
        int tasks = 50 * carriers;
        double pinnedBound = tasks / carriers * 0.1;   // if each task held its carrier: 50 rounds of 100 ms
        seconds(tasks, () -> { synchronized (new Object()) { sleep(1); } });   // warm-up, not measured
        IO.println("tasks: " + tasks);
        IO.println("if every task pinned its carrier, at least: %.2f s".formatted(pinnedBound));
        double sleeping = seconds(tasks, () -> { synchronized (new Object()) { sleep(100); } });
        IO.println("synchronized + sleep: %.2f s".formatted(sleeping));
        double waiting = seconds(tasks, () -> {
            var lock = new Object();
            synchronized (lock) {
                try { lock.wait(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            }
        });
        IO.println("synchronized + wait: %.2f s".formatted(waiting));
        IO.println("faster than the pinned bound: %.1f x".formatted(pinnedBound / Math.max(sleeping, waiting)));

        // 2. Four virtual threads per carrier need SlowInit; one runs its initializer, the others wait for it.
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4 * carriers; i++) executor.submit(() -> SlowInit.GREETING);
            INIT_STARTED.await();
            sleep(20);                                 // let the others reach SlowInit too
            long submitted = System.nanoTime();
            long ran = executor.submit(System::nanoTime).get();  // a tiny task that needs any free carrier
            IO.println("a new virtual thread waited for a carrier: %.2f s".formatted((ran - submitted) / 1e9));
        }
        jfr.stop();                                    // ends the recording once every event is delivered
    }
    pinnedReasons.forEach(reason -> IO.println("JFR pinned event: " + reason));
}
