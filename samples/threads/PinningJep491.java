// Pinning on JDK 24+ (JEP 491): synchronized no longer pins a virtual thread, a class
// initializer still does. JFR's jdk.VirtualThreadPinned event reports every time a virtual
// thread blocks while pinned.
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import jdk.jfr.consumer.RecordingStream;

// A class whose static initializer blocks: on JDK 25 a virtual thread cannot unmount while it
// runs the initializer or waits for another thread to finish it.
static final CountDownLatch INIT_STARTED = new CountDownLatch(1);
static class SlowInit {
    static final String GREETING;
    static { INIT_STARTED.countDown(); sleep(600); GREETING = "initialized"; }
}

static void sleep(long ms) {
    try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
}

// A mounted virtual thread's toString() ends with its carrier's name, for example
// "VirtualThread[#42]/runnable@ForkJoinPool-1-worker-2" (a detail of the JDK, fine for a demo).
static String carrier() {
    return Thread.currentThread().toString().replaceFirst(".*@", "");
}

// Runs n copies of a task, a virtual thread each, and returns the seconds until all are done.
// Each task then records the carrier it ended on.
static double seconds(int n, Runnable task, Set<String> carriers) {
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < n; i++) executor.submit(() -> { task.run(); carriers.add(carrier()); });
    }
    return (System.nanoTime() - start) / 1e9;
}

void main() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();  // the default scheduler's parallelism
    IO.println("JDK " + Runtime.version() + ", cores: " + cores);
    var pinnedReasons = new ConcurrentSkipListSet<String>();
    try (var jfr = new RecordingStream()) {
        jfr.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(10));
        jfr.onEvent("jdk.VirtualThreadPinned", e ->
                pinnedReasons.add(e.getString("pinnedReason").replace("PinningJep491$", "")));
        jfr.startAsync();

        // 1. 50 tasks per carrier, each blocks for 100 ms inside synchronized: in sleep(), which
        //    keeps the monitor, then in wait(), which releases it while it waits.
        int perCarrier = 50, tasks = perCarrier * cores;
        double pinnedBound = perCarrier * 0.1; // if each held its carrier: 50 rounds of 100 ms
        Set<String> carriers = ConcurrentHashMap.newKeySet();
        seconds(tasks, () -> { synchronized (new Object()) { sleep(1); } }, carriers); // warm-up
        IO.println("tasks: " + tasks);
        IO.println("if every task pinned its carrier, at least: %.2f s".formatted(pinnedBound));
        double sleeping = seconds(tasks, () -> { synchronized (new Object()) { sleep(100); } },
                carriers);
        IO.println("synchronized + sleep: %.2f s".formatted(sleeping));
        IO.println("faster than the pinned bound: %.1f x".formatted(pinnedBound / sleeping));
        double waiting = seconds(tasks, () -> {
            var lock = new Object();
            synchronized (lock) {
                try {
                    lock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, carriers);
        IO.println("synchronized + wait: %.2f s".formatted(waiting));
        IO.println("carrier threads used: " + carriers.size());
        IO.println("carriers added beyond one per core: " + Math.max(0, carriers.size() - cores));

        // 2. Four virtual threads per carrier need SlowInit; one runs its initializer, the others
        //    wait for it.
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4 * cores; i++) executor.submit(() -> SlowInit.GREETING);
            INIT_STARTED.await();
            sleep(20);                           // let the others reach SlowInit too
            long submitted = System.nanoTime();
            long ran = executor.submit(System::nanoTime).get(); // a tiny task: any free carrier
            IO.println("a new virtual thread waited for a carrier: %.2f s"
                    .formatted((ran - submitted) / 1e9));
        }
        jfr.stop();                              // ends the recording once every event is delivered
    }
    pinnedReasons.forEach(reason -> IO.println("JFR pinned event: " + reason));
}
