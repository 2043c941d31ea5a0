// Python's threading and concurrent.futures idioms, each written the Java way.
// Every line of output starts with the Python name it stands for.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

void main() throws Exception {
    // threading.Thread(target=f, args=(x,)); t.start(); t.join()
    int[] square = new int[1];
    Thread t = Thread.ofPlatform().name("worker").start(() -> square[0] = 7 * 7);
    t.join();                                      // after join, the thread's writes are visible
    IO.println("Thread + join: " + square[0]);

    // with lock: counter += 1, in ten threads, 10,000 times each (the seed's threading example 3)
    var lock = new ReentrantLock();
    long[] counter = {0};
    try (var pool = Executors.newFixedThreadPool(10)) {  // close() waits for every task, like join
        for (int i = 0; i < 10; i++)
            pool.submit(() -> {
                for (int k = 0; k < 10_000; k++) {
                    lock.lock();
                    try { counter[0]++; } finally { lock.unlock(); }
                }
            });
    }
    IO.println("Lock, counter: " + counter[0]);

    // queue.Queue(maxsize=2): put() waits while the queue is full, get() while it is empty
    var queue = new ArrayBlockingQueue<Integer>(2);
    var mostWaiting = new AtomicInteger();         // the most items the queue held at once
    var putsOnFull = new AtomicInteger();          // puts that found the queue full and waited
    var producer = Thread.ofVirtual().start(() -> {
        try {
            for (int i = 1; i <= 5; i++) {
                if (queue.remainingCapacity() == 0) putsOnFull.incrementAndGet();
                queue.put(i);
                mostWaiting.accumulateAndGet(queue.size(), Math::max);
            }
        } catch (InterruptedException e) { }
    });
    var taken = new ArrayList<Integer>();
    for (int i = 0; i < 5; i++) {
        Thread.sleep(20);                          // a slow consumer: the producer gets ahead
        taken.add(queue.take());
    }
    producer.join();
    IO.println("Queue(maxsize=2), taken in order: " + taken);
    IO.println("Queue, most items waiting: " + mostWaiting.get());
    IO.println("Queue, puts that found it full: " + putsOnFull.get());

    // threading.Semaphore(2): at most two tasks inside at once
    var permits = new Semaphore(2);
    var inside = new AtomicInteger();
    var most = new AtomicInteger();
    try (var vts = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 10; i++)
            vts.submit(() -> {
                permits.acquire();
                try {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    inside.decrementAndGet();
                } finally {
                    permits.release();
                }
                return null;
            });
    }
    IO.println("Semaphore(2), most tasks inside at once: " + most.get());

    // ThreadPoolExecutor(3): map() keeps input order, as_completed() yields in finishing order
    List<Callable<Integer>> jobs = List.of(job(3), job(1), job(2));   // job(n) sleeps n * 150 ms
    try (var pool = Executors.newFixedThreadPool(3)) {
        var inOrder = new ArrayList<Integer>();
        for (var f : pool.invokeAll(jobs)) inOrder.add(f.get());
        IO.println("executor.map, results in input order: " + inOrder);

        var done = new ExecutorCompletionService<Integer>(pool);
        jobs.forEach(done::submit);
        var asCompleted = new ArrayList<Integer>();
        for (int i = 0; i < jobs.size(); i++) asCompleted.add(done.take().get());
        IO.println("as_completed, results in finishing order: " + asCompleted);
    }
}

// A task that takes n * 150 ms and returns n.
Callable<Integer> job(int n) {
    return () -> { Thread.sleep(n * 150L); return n; };
}
