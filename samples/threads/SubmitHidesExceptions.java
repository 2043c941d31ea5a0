// The same failing task given to a pool two ways. execute(): the exception kills the worker thread
// and reaches its uncaught-exception handler (printed on stderr). submit(): nothing is printed, the
// thread lives on, and the exception waits in the Future until someone calls get().
import java.util.concurrent.*;

static void saveReport() {
    throw new IllegalStateException("disk full");
}

void main() throws Exception {
    try (var pool = Executors.newFixedThreadPool(1)) {   // default thread factory: pool-1-thread-N
        var ranOn = new CompletableFuture<Thread>();
        pool.execute(() -> {
            ranOn.complete(Thread.currentThread());
            saveReport();
        });
        Thread first = ranOn.get();
        first.join();                      // the thread ends once its handler has printed
        IO.println("execute: " + first.getName() + " is " + first.getState());
        IO.println("execute: the pool replaced it; next task runs on "
                + pool.submit(() -> Thread.currentThread().getName()).get());

        Future<?> report = pool.submit(() -> saveReport());
        // one thread, so the next task starts only after saveReport() has failed
        IO.println("submit: the thread lives on; next task runs on "
                + pool.submit(() -> Thread.currentThread().getName()).get());
        IO.println("submit: nothing printed; future state: " + report.state());
        try {
            report.get();
        } catch (ExecutionException e) {
            IO.println("submit: get() throws ExecutionException, cause: " + e.getCause());
        }
    }
}
