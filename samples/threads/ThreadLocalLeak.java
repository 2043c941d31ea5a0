// ThreadLocal: one value per thread. Handy, but a pooled thread keeps the value after the task
// ends.
import java.util.concurrent.*;

static final ThreadLocal<String> USER = new ThreadLocal<>();

void main() throws Exception {
    // Each thread sees only its own value.
    Thread a = Thread.ofPlatform().start(() -> {
        USER.set("alice");
        IO.println("thread A sees " + USER.get());
    });
    a.join();
    Thread b = Thread.ofPlatform().start(() -> IO.println("thread B sees " + USER.get()));
    b.join();
    IO.println("main sees " + USER.get());

    // In a pool, threads are reused: a value set by one task is still there for the next task.
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
        pool.submit(() -> USER.set("alice")).get();                  // forgets USER.remove()
        String seen = pool.submit(USER::get).get();
        IO.println("next task on the pooled thread sees " + seen);

        pool.submit(() -> {                               // the safe pattern: set, use, remove
            USER.set("bob");
            try { /* ... work as bob ... */ } finally { USER.remove(); }
        }).get();
        seen = pool.submit(USER::get).get();
        IO.println("after set/try/finally remove, the next task sees " + seen);
    }

    // InheritableThreadLocal copies the parent's value into a child thread when it is created.
    var tenant = new InheritableThreadLocal<String>();
    tenant.set("acme");
    Thread child = Thread.ofPlatform()
            .start(() -> IO.println("child thread inherits " + tenant.get()));
    child.join();
}
