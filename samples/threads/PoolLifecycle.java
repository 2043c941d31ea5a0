// A ThreadPoolExecutor's threads over its life: a thread factory that names them, prestarted core
// threads, extra threads that end after the keep-alive time, and core threads that time out too.
import java.util.TreeSet;
import java.util.concurrent.*;

// Waits (at most 5 s) until the pool has shrunk to 'size' threads; returns the ms since 'start'.
static long shrinkTo(ThreadPoolExecutor pool, int size, long start) throws InterruptedException {
    while (pool.getPoolSize() > size && System.nanoTime() - start < 5_000_000_000L) Thread.sleep(5);
    return (System.nanoTime() - start) / 1_000_000;
}

void main() throws InterruptedException {
    // The builder's factory numbers the threads; set daemon explicitly, since a builder's threads
    // otherwise inherit it from whichever thread happens to create them.
    ThreadFactory factory = Thread.ofPlatform().name("worker-", 1).daemon(false)
            .uncaughtExceptionHandler((t, e) -> IO.println(t.getName() + " died: " + e))
            .factory();
    var pool = new ThreadPoolExecutor(2, 4, 100, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(2), factory);

    IO.println("threads after construction: " + pool.getPoolSize());
    IO.println("prestartAllCoreThreads started: " + pool.prestartAllCoreThreads());

    var release = new CountDownLatch(1);
    var coreBusy = new CountDownLatch(2);
    var names = new ConcurrentSkipListSet<String>();
    for (int i = 0; i < 6; i++) {              // 2 core threads busy, 2 queued, 2 extra threads
        pool.execute(() -> {
            names.add(Thread.currentThread().getName());
            coreBusy.countDown();
            try { release.await(); } catch (InterruptedException e) { return; }
        });
        if (i == 1) coreBusy.await();          // the idle core threads have taken tasks 1 and 2
    }
    IO.println("threads under load: " + pool.getPoolSize() + " (largest: "
            + pool.getLargestPoolSize() + ")");
    long released = System.nanoTime();        // no thread can be idle before this moment
    release.countDown();

    long ms = shrinkTo(pool, 2, released);
    IO.println("threads after the keep-alive time: " + pool.getPoolSize());
    IO.println("names of the threads that ran tasks: " + new TreeSet<>(names));
    IO.println("extra threads ended after at least 100 ms idle: " + (ms >= 100));

    pool.allowCoreThreadTimeOut(true);         // now the core threads may time out as well
    shrinkTo(pool, 0, System.nanoTime());
    IO.println("threads after allowCoreThreadTimeOut(true): " + pool.getPoolSize());
    pool.execute(() -> IO.println("a new task starts a new thread: "
            + Thread.currentThread().getName()));
    pool.close();
}
