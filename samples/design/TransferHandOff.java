// TransferQueue.transfer: put an element into the queue and wait until a consumer has taken
// it. put() on the same LinkedTransferQueue (it is unbounded) returns at once; tryTransfer()
// gives the element only to a consumer that is already waiting, and otherwise returns false.
import java.util.concurrent.*;

// Starts a consumer that waits for `go`, sleeps `delayMillis`, then takes one element.
static Future<String> consumer(ExecutorService pool, TransferQueue<String> queue,
                               CountDownLatch go, long delayMillis) {
    return pool.submit(() -> {
        go.await();
        Thread.sleep(delayMillis);
        return queue.take();
    });
}

void main() throws Exception {
    var queue = new LinkedTransferQueue<String>();
    try (var pool = Executors.newFixedThreadPool(2)) {
        IO.println("tryTransfer with no consumer waiting: " + queue.tryTransfer("offer"));
        IO.println("elements left in the queue by tryTransfer: " + queue.size());

        queue.put("order-1");                              // unbounded: put never waits
        IO.println("elements in the queue after put: " + queue.size());
        queue.clear();

        // The consumer sleeps 100 ms after `go` before it takes: transfer must wait for it.
        var go = new CountDownLatch(1);
        Future<String> late = consumer(pool, queue, go, 100);
        long t0 = System.nanoTime();
        go.countDown();
        queue.transfer("order-2");                         // returns once it has been taken
        long waited = System.nanoTime() - t0;
        IO.println("transfer waited: %.1f ms".formatted(waited / 1e6));
        IO.println("the late consumer took: " + late.get());

        // With a consumer already waiting in take(), tryTransfer hands the element over.
        var now = new CountDownLatch(1);
        Future<String> waiting = consumer(pool, queue, now, 0);
        now.countDown();
        while (!queue.hasWaitingConsumer()) Thread.onSpinWait();
        IO.println("tryTransfer with a consumer waiting: " + queue.tryTransfer("order-3"));
        IO.println("the waiting consumer took: " + waiting.get());

        IO.println("tryTransfer waiting 20 ms, nobody comes: "
                + queue.tryTransfer("order-4", 20, TimeUnit.MILLISECONDS));
        IO.println("elements left in the queue: " + queue.size());
    }
}
