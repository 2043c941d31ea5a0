// Producer and consumers around a BlockingQueue, once bounded and once unbounded.
// Back-pressure: put() blocks while a bounded queue is full, so a fast producer is held
// to the pace of slow consumers. Shutdown: one "poison pill" per consumer.
import java.util.Set;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int ITEMS = 40, CAPACITY = 4, CONSUMERS = 2, WORK_MS = 10;
static final Integer POISON = -1; // a value no real item can have

static void run(String name, String what, BlockingQueue<Integer> queue)
        throws InterruptedException {
    // Shared by the consumers, so thread-safe too: the queue only protects what passes through it.
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    var consumed = new AtomicInteger();
    long start = System.nanoTime();

    var consumers = new Thread[CONSUMERS];
    for (int c = 0; c < CONSUMERS; c++) {
        consumers[c] = Thread.ofPlatform().name("consumer-" + c).start(() -> {
            try {
                while (true) {
                    Integer item = queue.take();     // blocks while the queue is empty
                    if (item.equals(POISON)) return; // the signal to stop
                    Thread.sleep(WORK_MS);           // slow work on the item
                    seen.add(item);
                    consumed.incrementAndGet();
                }
            } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        });
    }

    int mostQueued = 0;
    for (int i = 1; i <= ITEMS; i++) {
        queue.put(i);                                // blocks while a bounded queue is full
        mostQueued = Math.max(mostQueued, queue.size());
    }
    double producerMs = (System.nanoTime() - start) / 1e6;
    for (int c = 0; c < CONSUMERS; c++) queue.put(POISON); // after the last real item
    for (var t : consumers) t.join();
    double allMs = (System.nanoTime() - start) / 1e6;

    IO.println(name + " queue (" + what + "):");
    IO.println("  items consumed: %d of %d (%d distinct)"
            .formatted(consumed.get(), ITEMS, seen.size()));
    IO.println("  most items in the " + name + " queue: " + mostQueued);
    IO.println("  producer done after, " + name + " queue: %.0f ms".formatted(producerMs));
    IO.println("  consumers done after, " + name + " queue: %.0f ms".formatted(allMs));
    IO.println("  producer time / total time with the " + name + " queue: %.2f"
            .formatted(producerMs / allMs));
}

void main() throws InterruptedException {
    run("bounded", "ArrayBlockingQueue, capacity " + CAPACITY, new ArrayBlockingQueue<>(CAPACITY));
    run("unbounded", "LinkedBlockingQueue", new LinkedBlockingQueue<>());
}
