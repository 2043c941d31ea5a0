// The java.util.concurrent synchronizers, one short scene each.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static void sleep(long ms) {
    try { Thread.sleep(ms); } catch (InterruptedException e) { throw new RuntimeException(e); }
}

void main() throws Exception {
    // CountDownLatch: one-shot. main waits until three workers have counted down.
    var ready = new CountDownLatch(3);
    for (int i = 1; i <= 3; i++) {
        long ms = 30L * i;
        Thread.ofPlatform().start(() -> { sleep(ms); ready.countDown(); });
    }
    ready.await();
    IO.println("CountDownLatch: all 3 workers ready, count = " + ready.getCount());

    // CyclicBarrier: reusable. Three threads meet at the barrier after every round;
    // the barrier action runs once per round, when the last one arrives.
    var rounds = new AtomicInteger();
    var barrier = new CyclicBarrier(3,
            () -> IO.println("CyclicBarrier: round " + rounds.incrementAndGet() + " complete"));
    try (var pool = Executors.newFixedThreadPool(3)) {
        for (int t = 0; t < 3; t++) {
            long ms = 10L * (t + 1);
            pool.submit(() -> {
                for (int r = 0; r < 3; r++) { sleep(ms); barrier.await(); }
                return null;
            });
        }
    }

    // Semaphore: at most 2 of 8 tasks inside the guarded section at the same time.
    var permits = new Semaphore(2);
    var inside = new AtomicInteger();
    var mostInside = new AtomicInteger();
    try (var pool = Executors.newFixedThreadPool(8)) {
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                permits.acquire();
                try {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(20);
                    inside.decrementAndGet();
                } finally { permits.release(); }
                return null;
            });
        }
    }
    IO.println("Semaphore(2): most tasks inside at once: " + mostInside.get());

    // Phaser: like a barrier, but parties may join and leave between phases.
    // onAdvance runs once per phase, in the last party to arrive.
    var phaser = new Phaser(1) { // main is the first party
        protected boolean onAdvance(int phase, int parties) {
            IO.println("Phaser: phase " + phase + " done, parties left: " + parties);
            return parties == 0; // terminate when everybody has left
        }
    };
    for (int t = 1; t <= 3; t++) {
        int phases = t; // worker t takes part in t phases, then leaves
        phaser.register();
        Thread.ofPlatform().start(() -> {
            for (int p = 1; p < phases; p++) phaser.arriveAndAwaitAdvance();
            phaser.arriveAndDeregister();
        });
    }
    for (int p = 0; p < 3; p++) phaser.arriveAndAwaitAdvance();
    phaser.arriveAndDeregister(); // main leaves last
}
