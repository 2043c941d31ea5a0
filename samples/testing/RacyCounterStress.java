// A stress test of a racy counter: 4 threads each add 1 to a shared counter 100,000 times, in
// 50 trials, and the test checks the total after each. It runs with three ways of starting the
// threads, then on 4 virtual threads that share one carrier thread and so can only take turns.
// Whether it finds the race depends on whether the threads really run at the same moment.
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

static final int THREADS = 4, INCREMENTS = 100_000, TRIALS = 50;

// The class under test. value++ is a read, an add and a write: not atomic, volatile or not.
static class Counter {
    volatile int value;
    void increment() { value++; }
}

// One way of running the trials on a given counter: run(t) runs trial t and returns when
// all 4 threads are done with it.
interface Trials { void run(int trial) throws Exception; }

// Runs the trials, checks the count after each one, and prints a row of the table.
static int stress(String how, Function<Counter, Trials> setUp) throws Exception {
    var counter = new Counter();
    Trials trials = setUp.apply(counter);
    int failed = 0;
    long lost = 0, start = System.nanoTime();
    for (int t = 1; t <= TRIALS; t++) {
        counter.value = 0;
        trials.run(t);
        int missing = THREADS * INCREMENTS - counter.value;    // the test's assertion
        if (missing != 0) failed++;
        lost += missing;
    }
    double msPerTrial = (System.nanoTime() - start) / 1e6 / TRIALS;
    IO.println("| %s | %d | %d | %.2f |".formatted(how, failed, lost, msPerTrial));
    return failed;
}

static void work(Counter counter) {
    for (int i = 0; i < INCREMENTS; i++) counter.increment();
}

// 1. No start gate: each trial starts 4 new threads one after another and joins them.
static Trials oneAfterAnother(Counter counter) {
    return trial -> {
        var threads = new Thread[THREADS];
        for (int w = 0; w < THREADS; w++) {
            threads[w] = Thread.ofPlatform().start(() -> work(counter));
        }
        for (Thread t : threads) t.join();
    };
}

// 2. A CyclicBarrier: the same 4 threads run every trial. They wait at the barrier, with main
// as a fifth party, to start together, and again to report that they are done. await() also
// makes what each thread did before it visible to the others after it.
static Trials barrier(Counter counter, Thread.Builder builder) {
    var barrier = new CyclicBarrier(THREADS + 1);
    for (int w = 0; w < THREADS; w++) {
        builder.start(() -> {
            try {
                for (int t = 1; t <= TRIALS; t++) {
                    barrier.await();                          // start
                    work(counter);
                    barrier.await();                          // done
                }
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });
    }
    return trial -> {
        barrier.await();                                      // let them start
        barrier.await();                                      // wait until all are done
    };
}

// 3. A spinning gate: the threads do not block before a trial. They poll an AtomicInteger (and
// yield, so that a thread with work to do gets the CPU), so they are already running when main
// opens the gate. Main itself waits on a latch, leaving the cores to them.
static Trials spinningGate(Counter counter) {
    var gate = new AtomicInteger();                           // the trial that may start
    var done = new AtomicReference<CountDownLatch>();
    for (int w = 0; w < THREADS; w++) {
        Thread.ofPlatform().start(() -> {
            for (int t = 1; t <= TRIALS; t++) {
                while (gate.get() < t) Thread.yield();
                work(counter);
                done.get().countDown();
            }
        });
    }
    return trial -> {
        var finished = new CountDownLatch(THREADS);
        done.set(finished);
        gate.set(trial);                                      // open the gate
        finished.await();
    };
}

void main() throws Exception {
    // One carrier for all virtual threads. The property must be set before the first virtual
    // thread starts; on the command line: -Djdk.virtualThreadScheduler.parallelism=1
    System.setProperty("jdk.virtualThreadScheduler.parallelism", "1");
    IO.println("cores: " + Runtime.getRuntime().availableProcessors());
    IO.println("| how the 4 threads start | trials that lost updates | updates lost "
            + "| ms per trial |");
    IO.println("|---|---|---|---|");
    int oneByOne = stress("platform, one after another", c -> oneAfterAnother(c));
    int barrierStart = stress("platform, CyclicBarrier", c -> barrier(c, Thread.ofPlatform()));
    int spinning = stress("platform, spinning gate", c -> spinningGate(c));
    int oneCarrier = stress("virtual on 1 carrier, CyclicBarrier",
            c -> barrier(c, Thread.ofVirtual()));
    IO.println();
    IO.println("trials that lost updates, one after another: " + oneByOne);
    IO.println("trials that lost updates, CyclicBarrier: " + barrierStart);
    IO.println("trials that lost updates, spinning gate: " + spinning);
    IO.println("trials that lost updates, one carrier: " + oneCarrier);
}
