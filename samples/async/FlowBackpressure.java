// java.util.concurrent.Flow: a fast publisher, a slow subscriber, and back-pressure between them.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

// A subscriber that asks for one item at a time and needs `workMs` for each.
static class SlowSubscriber implements Flow.Subscriber<Integer> {
    final long workMs;
    final AtomicInteger received = new AtomicInteger();
    final CountDownLatch done = new CountDownLatch(1);
    Flow.Subscription subscription;

    SlowSubscriber(long workMs) { this.workMs = workMs; }

    public void onSubscribe(Flow.Subscription s) { subscription = s; s.request(1); }   // demand: 1
    public void onNext(Integer item) {
        try { Thread.sleep(workMs); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        received.incrementAndGet();
        subscription.request(1);                                      // ready for the next one
    }
    public void onError(Throwable t) { done.countDown(); }
    public void onComplete() { done.countDown(); }
}

void main() throws Exception {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        // 1. submit(): when the subscriber's buffer is full, the producer waits (asyncio.Queue(maxsize).put)
        var slow = new SlowSubscriber(20);
        int waited = 0, maxLag = 0;
        try (var publisher = new SubmissionPublisher<Integer>(executor, 4)) {   // buffer: 4 items
            publisher.subscribe(slow);
            IO.println("buffer capacity: " + publisher.getMaxBufferCapacity());
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                publisher.submit(i);                                  // blocks while the buffer is full
                if (System.nanoTime() - start > 5_000_000) waited++;  // blocked for more than 5 ms
                maxLag = Math.max(maxLag, publisher.estimateMaximumLag());
            }
        }   // close(): onComplete after the last item
        slow.done.await();
        IO.println("submitted: 20");
        IO.println("submit calls that waited: " + waited);
        IO.println("largest lag: " + maxLag + " items");   // submitted but not yet consumed
        IO.println("received: " + slow.received.get());

        // 2. offer(): never waits; when the buffer is full the item is dropped (a choice we make)
        var slower = new SlowSubscriber(5);
        var dropped = new AtomicInteger();
        try (var publisher = new SubmissionPublisher<Integer>(executor, 4)) {
            publisher.subscribe(slower);
            for (int i = 0; i < 100; i++) {
                publisher.offer(i, (subscriber, item) -> { dropped.incrementAndGet(); return false; });
            }
        }
        slower.done.await();
        IO.println("offered: 100");
        IO.println("dropped: " + dropped.get());
        IO.println("delivered: " + slower.received.get());
    }
}
