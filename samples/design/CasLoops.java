// Compare-and-set loops: read the current value, compute the new one, and store it only if
// the value is still the one that was read; if another thread got there first, read again
// and retry. Four threads record 100,000 latency samples each into a counter, a maximum and a
// three-field summary, and a LongAccumulator keeps the same maximum without a retry loop.
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.*;

static final int THREADS = 4, SAMPLES = 100_000;

static final AtomicLong count = new AtomicLong();
static final AtomicLong max = new AtomicLong(Long.MIN_VALUE);
static final AtomicLong retries = new AtomicLong();       // failed compareAndSet calls

// An immutable summary: several values that change together, swapped as one reference.
record Summary(long count, long sum, long max) {
    Summary add(long sample) { return new Summary(count + 1, sum + sample, Math.max(max, sample)); }
}
static final AtomicReference<Summary> summary = new AtomicReference<>(new Summary(0, 0, 0));
static final LongAccumulator maxAccumulator = new LongAccumulator(Math::max, Long.MIN_VALUE);

static void increment() {
    while (true) {
        long current = count.get();
        if (count.compareAndSet(current, current + 1)) return;
        retries.incrementAndGet();                          // someone else won: try again
    }
}

static void recordMax(long sample) {
    long current;
    while (sample > (current = max.get())) {                // nothing to do if not larger
        if (max.compareAndSet(current, sample)) return;
        retries.incrementAndGet();
    }
}

static void recordSummary(long sample) {
    while (true) {
        Summary current = summary.get();
        // compareAndSet compares references: it succeeds only if no other thread has
        // swapped in a new Summary since this one was read.
        if (summary.compareAndSet(current, current.add(sample))) return;
        retries.incrementAndGet();
    }
}

void main() throws InterruptedException {
    long expectedMax = Long.MIN_VALUE, expectedSum = 0;
    for (int t = 0; t < THREADS; t++) {                    // the same samples, one thread
        var random = new SplittableRandom(t);
        for (int i = 0; i < SAMPLES; i++) {
            long sample = random.nextLong(1_000_000);
            expectedMax = Math.max(expectedMax, sample);
            expectedSum += sample;
        }
    }
    var threads = new ArrayList<Thread>();
    for (int t = 0; t < THREADS; t++) {
        int seed = t;
        threads.add(Thread.ofPlatform().start(() -> {
            var random = new SplittableRandom(seed);
            for (int i = 0; i < SAMPLES; i++) {
                long sample = random.nextLong(1_000_000);
                increment();
                recordMax(sample);
                recordSummary(sample);
                maxAccumulator.accumulate(sample);          // no loop in sight
            }
        }));
    }
    for (var thread : threads) thread.join();
    Summary s = summary.get();
    IO.println("samples recorded: " + THREADS * SAMPLES);
    IO.println("CAS counter: " + count.get());
    IO.println("CAS maximum is the true maximum: " + (max.get() == expectedMax));
    IO.println("summary count: " + s.count());
    IO.println("summary sum and maximum are right: "
            + (s.sum() == expectedSum && s.max() == expectedMax));
    IO.println("LongAccumulator maximum is the true maximum: "
            + (maxAccumulator.get() == expectedMax));
    IO.println("failed compareAndSet calls, retried: " + retries.get());
}
