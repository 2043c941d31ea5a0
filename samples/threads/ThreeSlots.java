// The seed's example 2: at most three jobs at a time, a new job as soon as a slot
// frees up. First the seed's way (poll each slot, sleep while it is busy), then two
// ways that wake up exactly when a job ends: a Semaphore and a fixed thread pool.
import java.util.concurrent.*;

static final int SLOTS = 3, POLL_MS = 75;
static final int[] JOB_MS = {90, 60, 30, 90, 60, 30, 90, 60, 30, 90, 60, 30, 90, 60, 30}; // 15 jobs

static void job(int i) {
    try {
        Thread.sleep(JOB_MS[i]);
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

static Thread startJob(int i) {
    return Thread.ofPlatform().name("job-" + (i + 1)).start(() -> job(i));
}

// Like the seed: look at each slot in turn; refill it if its thread has ended,
// otherwise sleep before looking at the next slot.
static void polling() throws InterruptedException {
    var slots = new Thread[SLOTS];
    int next = 0;
    for (int s = 0; s < SLOTS; s++) slots[s] = startJob(next++);
    while (next < JOB_MS.length) {
        for (int s = 0; s < SLOTS && next < JOB_MS.length; s++) {
            if (!slots[s].isAlive()) slots[s] = startJob(next++);
            else Thread.sleep(POLL_MS);
        }
    }
    for (var t : slots) t.join();
}

// A Semaphore with three permits: acquire() blocks until a running job releases one.
static void semaphore() throws InterruptedException {
    var permits = new Semaphore(SLOTS);
    var threads = new Thread[JOB_MS.length];
    for (int i = 0; i < JOB_MS.length; i++) {
        permits.acquire();
        int job = i;
        threads[i] = Thread.ofPlatform().start(() -> {
            try { job(job); } finally { permits.release(); }
        });
    }
    for (var t : threads) t.join();
}

// A pool of three threads takes the next job from its queue as soon as one is free.
static void pool() {
    try (var pool = Executors.newFixedThreadPool(SLOTS)) {
        for (int i = 0; i < JOB_MS.length; i++) { int job = i; pool.submit(() -> job(job)); }
    } // close() waits for every submitted job
}

// The shortest total for jobs started in this order: each job goes to the slot that
// frees up first. (Sorting the jobs longest first could do better; none of the ways does.)
static long bestForThisOrder() {
    long[] freeAt = new long[SLOTS];
    for (int ms : JOB_MS) {
        int s = 0;
        for (int k = 1; k < SLOTS; k++) if (freeAt[k] < freeAt[s]) s = k;
        freeAt[s] += ms;
    }
    return java.util.Arrays.stream(freeAt).max().getAsLong();
}

interface Way { void run() throws InterruptedException; }

static long timeMs(Way way) throws InterruptedException {
    long start = System.nanoTime();
    way.run();
    return (System.nanoTime() - start) / 1_000_000;
}

void main() throws InterruptedException {
    long semaphored = timeMs(() -> semaphore());
    long pooled = timeMs(() -> pool());
    long polled = timeMs(() -> polling());
    IO.println("| way | total (ms) |");
    IO.println("|---|---|");
    IO.println("| poll isAlive(), sleep " + POLL_MS + " ms per busy slot | " + polled + " |");
    IO.println("| Semaphore with 3 permits | " + semaphored + " |");
    IO.println("| fixed pool of 3 threads | " + pooled + " |");
    IO.println("| best for this order | " + bestForThisOrder() + " |");
    IO.println("polling / Semaphore: %.2f x".formatted((double) polled / semaphored));
    IO.println("polling / pool: %.2f x".formatted((double) polled / pooled));
}
