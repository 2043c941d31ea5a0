// Threads are scheduled preemptively: a thread never has to yield for others to run.
// We start four times as many busy threads as there are cores. None of them ever
// sleeps, blocks or yields, yet every one of them gets CPU time, because the
// operating system takes the core away from a running thread when its slice ends.
import java.util.concurrent.atomic.AtomicLongArray;

static volatile boolean stop;

void main() throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = 4 * cores;
    var progress = new AtomicLongArray(threads); // one counter per thread

    var spinners = new Thread[threads];
    for (int i = 0; i < threads; i++) {
        int me = i;
        spinners[i] = Thread.ofPlatform().start(() -> {
            while (!stop) progress.incrementAndGet(me); // busy: no sleep, no I/O, no yield
        });
    }
    Thread.sleep(500); // main sleeps; the spinners compete for the cores meanwhile
    stop = true;
    for (var t : spinners) t.join();

    int ranAtAll = 0;
    for (int i = 0; i < threads; i++) if (progress.get(i) > 0) ranAtAll++;
    IO.println("busy threads: " + threads + " on " + cores + " cores");
    IO.println("threads that got CPU time: " + ranAtAll + " of " + threads);
}
