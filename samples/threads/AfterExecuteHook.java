// ThreadPoolExecutor.afterExecute(r, t) runs on the worker after every task. t is the exception
// only for tasks given to execute(); a submit()ted task is a FutureTask that caught its own
// exception, so the hook must look inside the Future to log it.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final ConcurrentLinkedQueue<String> LOG = new ConcurrentLinkedQueue<>();

static class LoggingPool extends ThreadPoolExecutor {
    private final AtomicInteger count = new AtomicInteger();

    LoggingPool(ThreadFactory factory) {
        super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        super.afterExecute(r, t);
        String seen = "task " + count.incrementAndGet() + ": t = " + t;
        if (t == null && r instanceof Future<?> f && f.isDone()) {
            seen += ", future " + f.state();
            if (f.state() == Future.State.FAILED) t = f.exceptionNow();   // JDK 19+
        }
        LOG.add(seen);
        if (t != null) LOG.add("  logged failure: " + t);
    }
}

void main() throws InterruptedException {
    var handled = new CountDownLatch(1);
    ThreadFactory factory = Thread.ofPlatform().name("worker-", 1).daemon(false)
            .uncaughtExceptionHandler((thread, e) -> {
                LOG.add("  then " + thread.getName() + " ended; its handler got: " + e);
                handled.countDown();
            })
            .factory();
    try (var pool = new LoggingPool(factory)) {
        pool.submit(() -> "fine");                                           // task 1
        pool.submit(() -> { throw new IllegalStateException("disk full"); }); // task 2
        pool.execute(() -> { throw new IllegalStateException("disk full"); }); // task 3
    }                                           // close() waits for the tasks
    handled.await();                            // the handler runs as the dying thread ends
    LOG.forEach(IO::println);
}
