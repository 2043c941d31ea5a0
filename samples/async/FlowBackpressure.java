// java.util.concurrent.Flow: a fast publisher, a slow subscriber, and back-pressure between them.
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

// A subscriber that needs `workMs` for each item. It asks for `batch` items at first and,
// if `batch` is 1, for one more at the end of each onNext.
static class SlowSubscriber implements Flow.Subscriber<Integer> {
    final long workMs, batch;
    final List<Integer> delivered = new CopyOnWriteArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    Flow.Subscription subscription;

    SlowSubscriber(long workMs, long batch) { this.workMs = workMs; this.batch = batch; }

    public void onSubscribe(Flow.Subscription s) { subscription = s; s.request(batch); }
    public void onNext(Integer item) {
        try {
            Thread.sleep(workMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delivered.add(item);
        if (batch == 1) subscription.request(1);                      // ready for the next one
    }
    public void onError(Throwable t) { done.countDown(); }
    public void onComplete() { done.countDown(); }
}

// Submits 20 items to a publisher with a 4-item buffer; counts the submit calls that had to wait.
static int submitTwenty(SlowSubscriber subscriber, Executor executor) throws InterruptedException {
    int waited = 0;
    try (var publisher = new SubmissionPublisher<Integer>(executor, 4)) {   // buffer: 4 items
        publisher.subscribe(subscriber);
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            publisher.submit(i);                                  // blocks while the buffer is full
            if (System.nanoTime() - start > 5_000_000) waited++;  // blocked for more than 5 ms
        }
    }   // close(): onComplete after the last buffered item
    subscriber.done.await();
    return waited;
}

void main() throws Exception {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        // 1. submit(): when the subscriber's buffer is full, the producer waits
        //    (asyncio.Queue(maxsize).put). First with a demand of one item at a time...
        var oneByOne = new SlowSubscriber(20, 1);
        IO.println("submits that waited at demand 1: " + submitTwenty(oneByOne, executor));
        IO.println("received at demand 1: " + oneByOne.delivered.size());
        // ...then with unbounded demand: the 4-item buffer still holds the producer back.
        var unbounded = new SlowSubscriber(20, Long.MAX_VALUE);
        int waited = submitTwenty(unbounded, executor);
        IO.println("submits that waited at unbounded demand: " + waited);
        IO.println("received at unbounded demand: " + unbounded.delivered.size());

        // 2. offer(): never waits; when the buffer is full, the item being offered is dropped
        var slower = new SlowSubscriber(5, 1);
        var dropped = new AtomicInteger();
        try (var publisher = new SubmissionPublisher<Integer>(executor, 4)) {
            publisher.subscribe(slower);
            for (int i = 0; i < 100; i++) {
                // the handler gets the item that did not fit; false means "do not retry"
                publisher.offer(i, (subscriber, item) -> {
                    dropped.incrementAndGet();
                    return false;
                });
            }
        }
        slower.done.await();
        List<Integer> got = slower.delivered;
        IO.println("offered: 100 items, 0 to 99");
        IO.println("dropped: " + dropped.get());
        IO.println("delivered: " + got.size());
        IO.println("first items delivered: " + got.subList(0, Math.min(4, got.size())));
        IO.println("newest item (99) delivered: " + got.contains(99));
    }
}
