// A ThreadLocal cache of an expensive object (here a 64 KB buffer) pays off on a pool: each of
// its threads builds one and reuses it for every task. With a virtual thread per task, every
// task is a new thread, so every task builds its own. A shared pool of buffers, limited like
// any other resource, works with both.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int TASKS = 1_000;
static final int BUFFER_BYTES = 64 * 1024;
static final AtomicInteger created = new AtomicInteger();

static byte[] newBuffer() {
    created.incrementAndGet();
    return new byte[BUFFER_BYTES];
}

static final ThreadLocal<byte[]> CACHED = ThreadLocal.withInitial(() -> newBuffer());

// A task: fills the buffer, waits 1 ms for "I/O", and returns a checksum of what it wrote.
static long work(byte[] buffer, int task) throws InterruptedException {
    java.util.Arrays.fill(buffer, (byte) task);
    Thread.sleep(1);
    return buffer[0] + buffer[BUFFER_BYTES - 1];
}

interface Task { long run(int task) throws Exception; }

// Runs TASKS tasks on 'executor'; returns how many buffers were created.
static int buffersCreated(ExecutorService executor, Task task) throws Exception {
    created.set(0);
    long expected = 0, sum = 0;
    try (executor) {
        var results = new java.util.ArrayList<Future<Long>>();
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            results.add(executor.submit(() -> task.run(n)));
            expected += 2 * (byte) i;
        }
        for (var r : results) sum += r.get();
    }
    if (sum != expected) throw new AssertionError("wrong checksum");
    return created.get();
}

static void row(String threads, String cache, int buffers) {
    IO.println("| %s | %s | %d | %d |".formatted(threads, cache, buffers,
            (long) buffers * BUFFER_BYTES / 1024));
}

void main() throws Exception {
    Task threadLocal = n -> work(CACHED.get(), n);
    int pool = buffersCreated(Executors.newFixedThreadPool(4), threadLocal);
    int virtual = buffersCreated(Executors.newVirtualThreadPerTaskExecutor(), threadLocal);

    // The fix: a pool of 4 buffers that tasks borrow and give back, like connections.
    var buffers = new ArrayBlockingQueue<byte[]>(4);
    created.set(0);
    for (int i = 0; i < 4; i++) buffers.add(newBuffer());
    int poolCreated = created.get();
    Task borrowing = n -> {
        byte[] buffer = buffers.take();           // waits while all 4 are in use
        try {
            return work(buffer, n);
        } finally {
            buffers.put(buffer);
        }
    };
    int shared = buffersCreated(Executors.newVirtualThreadPerTaskExecutor(), borrowing)
            + poolCreated;

    IO.println("tasks: " + TASKS + ", buffer: " + BUFFER_BYTES / 1024 + " KB");
    IO.println();
    IO.println("| threads | cache | buffers created | memory allocated for buffers (KB) |");
    IO.println("|---|---|---|---|");
    row("pool of 4", "ThreadLocal", pool);
    row("virtual, one per task", "ThreadLocal", virtual);
    row("virtual, one per task", "pool of 4 buffers", shared);
    IO.println();
    IO.println("pool of 4 threads with ThreadLocal, buffers: " + pool);
    IO.println("virtual threads with ThreadLocal, buffers: " + virtual);
    IO.println("virtual threads with a pool of buffers, buffers: " + shared);
}
