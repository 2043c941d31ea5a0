// Virtual threads are not time-sliced. A "ticker" virtual thread wakes every 5 ms and records
// how late each wake-up is, while another thread computes for 200 ms without blocking.
// The scheduler is limited to one carrier, so the two virtual threads compete for it.
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

static final long TICK_MS = 5;
static final long SPIN_MS = 200;
static final Set<String> CARRIERS = ConcurrentHashMap.newKeySet();

// Keeps a core busy for SPIN_MS: no sleep, no I/O, no lock, nothing that blocks.
static void spin() {
    long end = System.nanoTime() + SPIN_MS * 1_000_000;
    while (System.nanoTime() < end) {
        Thread.onSpinWait();
    }
}

// Runs the ticker for SPIN_MS + 100 ms; the spinner (if any) starts 50 ms in.
// Returns the ticker's largest delay in milliseconds.
static double maxTickerDelay(Thread.Builder spinner) throws InterruptedException {
    var maxDelay = new AtomicLong();
    long until = System.nanoTime() + (SPIN_MS + 100) * 1_000_000;
    Thread ticker = Thread.ofVirtual().name("ticker").start(() -> {
        while (System.nanoTime() < until) {
            long due = System.nanoTime() + TICK_MS * 1_000_000;
            try {
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                return;
            }
            maxDelay.accumulateAndGet(System.nanoTime() - due, Math::max);
            // A mounted virtual thread's toString() ends with its carrier's name (a JDK detail).
            CARRIERS.add(Thread.currentThread().toString().replaceFirst(".*@", ""));
        }
    });
    Thread.sleep(50);
    Thread busy = spinner == null ? null : spinner.start(() -> spin());
    ticker.join();
    if (busy != null) busy.join();
    return maxDelay.get() / 1e6;
}

void main() throws InterruptedException {
    // The default scheduler reads this once, when the first virtual thread starts. One carrier
    // makes the point on any machine; with N carriers, N spinning virtual threads do the same.
    System.setProperty("jdk.virtualThreadScheduler.parallelism", "1");
    for (int i = 0; i < 2; i++) maxTickerDelay(null);   // warm-up: timers, JIT
    IO.println("spin: " + SPIN_MS + " ms, tick: " + TICK_MS + " ms");
    double alone = maxTickerDelay(null);
    double platform = maxTickerDelay(Thread.ofPlatform().name("spinner"));
    double virtual = maxTickerDelay(Thread.ofVirtual().name("spinner"));
    IO.println("carrier threads the ticker ran on: " + CARRIERS.size());
    IO.println();
    IO.println("| spinner | ticker's largest delay (ms) |");
    IO.println("|---|---|");
    IO.println("| none | %.2f |".formatted(alone));
    IO.println("| platform thread | %.2f |".formatted(platform));
    IO.println("| virtual thread | %.2f |".formatted(virtual));
    IO.println();
    IO.println("virtual spinner, delay / spin: %.2f".formatted(virtual / SPIN_MS));
    IO.println("platform spinner, delay / spin: %.3f".formatted(platform / SPIN_MS));
    IO.println("virtual / platform spinner delay: %.1f x".formatted(virtual / platform));
}
