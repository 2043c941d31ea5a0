// Producer and consumers around a bounded BlockingQueue.
// Back-pressure: put() blocks while the queue is full, so a fast producer is held
// to the pace of slow consumers. Shutdown: one "poison pill" per consumer.
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

static final int ITEMS = 40, CAPACITY = 4, CONSUMERS = 2, WORK_MS = 10;
static final Integer POISON = -1; // a value no real item can have

void main() throws InterruptedException {
    BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(CAPACITY);
    var consumed = new AtomicInteger();
    var sum = new AtomicLong();
    long start = System.nanoTime();

    var consumers = new Thread[CONSUMERS];
    for (int c = 0; c < CONSUMERS; c++) {
        consumers[c] = Thread.ofPlatform().name("consumer-" + c).start(() -> {
            try {
                while (true) {
                    Integer item = queue.take();     // blocks while the queue is empty
                    if (item.equals(POISON)) return; // the signal to stop
                    Thread.sleep(WORK_MS);           // slow work on the item
                    sum.addAndGet(item);
                    consumed.incrementAndGet();
                }
            } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        });
    }

    int mostQueued = 0;
    for (int i = 1; i <= ITEMS; i++) {
        queue.put(i);                                // blocks while the queue is full
        mostQueued = Math.max(mostQueued, queue.size());
    }
    long producerMs = (System.nanoTime() - start) / 1_000_000;
    for (int c = 0; c < CONSUMERS; c++) queue.put(POISON); // after the last real item
    for (var t : consumers) t.join();
    long allMs = (System.nanoTime() - start) / 1_000_000;

    IO.println("items consumed: " + consumed.get() + " of " + ITEMS);
    IO.println("sum of items: " + sum.get());
    IO.println("expected sum: " + ITEMS * (ITEMS + 1) / 2);
    IO.println("queue capacity: " + CAPACITY);
    IO.println("most items in the queue: " + mostQueued);
    IO.println("producer done after: " + producerMs + " ms");
    IO.println("consumers done after: " + allMs + " ms");
    IO.println("producer time / total time: %.2f".formatted((double) producerMs / allMs));
}
