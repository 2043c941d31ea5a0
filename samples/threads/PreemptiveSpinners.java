// Platform threads are scheduled preemptively: a thread never has to yield for others to run.
// We start four times as many busy threads as there are cores. None of them ever sleeps,
// blocks or yields, yet every one of them gets CPU time, because the operating system takes
// the core away from a running thread when its time slice ends.
// Virtual threads are not time-sliced: the same spinners as virtual threads keep their
// carriers, and the ones that found no free carrier never run until the others stop.
import java.util.concurrent.atomic.AtomicLongArray;

static volatile boolean stop;

// Starts 'threads' spinners with 'builder', lets them compete for 300 ms, then
// stops them and returns how many of them got to run at all.
static int ranAtAll(Thread.Builder builder, int threads) throws InterruptedException {
    stop = false;
    var progress = new AtomicLongArray(threads); // one counter per thread
    var spinners = new Thread[threads];
    for (int i = 0; i < threads; i++) {
        int me = i;
        spinners[i] = builder.start(() -> {
            while (!stop) progress.incrementAndGet(me); // busy: no sleep, no I/O, no yield
        });
    }
    Thread.sleep(300); // main sleeps; the spinners compete for the cores meanwhile
    stop = true;
    for (var t : spinners) t.join();

    int ran = 0;
    for (int i = 0; i < threads; i++) if (progress.get(i) > 0) ran++;
    return ran;
}

void main() throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = 4 * cores;
    IO.println("busy threads: " + threads + " on " + cores + " cores");
    int platform = ranAtAll(Thread.ofPlatform(), threads);
    IO.println("platform threads that got CPU time: " + platform + " of " + threads);
    // Virtual threads share the carriers (one per available CPU by default): a spinner that has a
    // carrier keeps it, because the JVM switches virtual threads only when they block or yield.
    int virtual = ranAtAll(Thread.ofVirtual(), threads);
    IO.println("virtual threads that got CPU time: " + virtual + " of " + threads);
}
