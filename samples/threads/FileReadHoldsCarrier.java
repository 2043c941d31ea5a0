// Which blocking calls give the carrier back? A ticker virtual thread wakes every 5 ms while a
// second virtual thread blocks for 200 ms in one call. With one carrier, the ticker's largest
// delay shows whether that call held the carrier, and the carriers it ran on show whether the
// scheduler added one to make up for the blocked call. Needs mkfifo (Linux, macOS).
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

static final long TICK_MS = 5;
static final long BLOCK_MS = 200;

interface BlockingCall { void run() throws Exception; }

// A named pipe: reading it is ordinary file I/O (open, read), and the read blocks until the
// writer, a platform thread, writes a byte BLOCK_MS after both ends are open.
static Path fifo() throws Exception {
    Path fifo = Path.of("ticker-demo.fifo");
    Files.deleteIfExists(fifo);
    int exit = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
    if (exit != 0) throw new IllegalStateException("mkfifo failed");
    return fifo;
}

static Thread writeLater(Path fifo) {
    return Thread.ofPlatform().name("fifo-writer").start(() -> {
        try (var out = new FileOutputStream(fifo.toFile())) { // waits for the reader to open
            Thread.sleep(BLOCK_MS);
            out.write('x');
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    });
}

static String carrier() {
    // A mounted virtual thread's toString() ends with its carrier's name (a detail of the JDK).
    return Thread.currentThread().toString().replaceFirst(".*@", "");
}

// Runs the ticker while a virtual thread makes the call; returns the ticker's largest delay
// in ms and adds every carrier the two threads ran on to 'carriers'.
static double maxTickerDelay(BlockingCall call, Set<String> carriers) throws Exception {
    var maxDelay = new AtomicLong();
    long until = System.nanoTime() + (BLOCK_MS + 100) * 1_000_000;
    Thread ticker = Thread.ofVirtual().name("ticker").start(() -> {
        while (System.nanoTime() < until) {
            long due = System.nanoTime() + TICK_MS * 1_000_000;
            try {
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                return;
            }
            maxDelay.accumulateAndGet(System.nanoTime() - due, Math::max);
            carriers.add(carrier());
        }
    });
    Thread.sleep(50);
    Thread blocker = Thread.ofVirtual().name("blocker").start(() -> {
        carriers.add(carrier());
        try {
            call.run();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    });
    blocker.join();
    ticker.join();
    return maxDelay.get() / 1e6;
}

record Row(String call, double delay, int carriers) {}

void main() throws Exception {
    // Read once, when the first virtual thread starts: one carrier for all virtual threads.
    System.setProperty("jdk.virtualThreadScheduler.parallelism", "1");
    Path fifo = fifo();
    var rows = new java.util.ArrayList<Row>();
    var warmUp = ConcurrentHashMap.<String>newKeySet();
    maxTickerDelay(() -> Thread.sleep(BLOCK_MS), warmUp);      // warm-up: timers, JIT

    Set<String> sleeping = ConcurrentHashMap.newKeySet();
    rows.add(new Row("Thread.sleep", maxTickerDelay(() -> Thread.sleep(BLOCK_MS), sleeping),
            sleeping.size()));

    Set<String> stream = ConcurrentHashMap.newKeySet();
    Thread writer = writeLater(fifo);
    rows.add(new Row("FileInputStream.read, named pipe", maxTickerDelay(() -> {
        try (var in = new FileInputStream(fifo.toFile())) { in.read(); }
    }, stream), stream.size()));
    writer.join();

    Set<String> channel = ConcurrentHashMap.newKeySet();
    writer = writeLater(fifo);
    rows.add(new Row("FileChannel.read, named pipe", maxTickerDelay(() -> {
        try (var ch = FileChannel.open(fifo)) { ch.read(ByteBuffer.allocate(1)); }
    }, channel), channel.size()));
    writer.join();

    // A child process's standard output is a pipe too, but Process's stream tells the
    // scheduler that it may block, and the scheduler adds a carrier while it does.
    Set<String> child = ConcurrentHashMap.newKeySet();
    var command = new ProcessBuilder("sh", "-c", "sleep " + BLOCK_MS / 1000.0 + "; echo x");
    rows.add(new Row("Process input stream read", maxTickerDelay(() -> {
        Process process = command.start();
        try (var in = process.getInputStream()) { in.read(); }
        process.waitFor();
    }, child), child.size()));
    Files.delete(fifo);

    IO.println("each call blocks for: " + BLOCK_MS + " ms; the ticker wakes every " + TICK_MS
            + " ms");
    IO.println();
    IO.println("| blocking call | ticker's largest delay (ms) | carriers used |");
    IO.println("|---|---|---|");
    for (var r : rows) {
        IO.println("| %s | %.1f | %d |".formatted(r.call(), r.delay(), r.carriers()));
    }
    IO.println();
    IO.println("sleep, delay / block: %.2f".formatted(rows.get(0).delay() / BLOCK_MS));
    IO.println("FileInputStream, delay / block: %.2f".formatted(rows.get(1).delay() / BLOCK_MS));
    IO.println("FileChannel, delay / block: %.2f".formatted(rows.get(2).delay() / BLOCK_MS));
    IO.println("Process stream, delay / block: %.2f".formatted(rows.get(3).delay() / BLOCK_MS));
    IO.println("carriers added for the file reads: "
            + (Math.max(rows.get(1).carriers(), rows.get(2).carriers()) - 1));
    IO.println("carriers added for the Process stream read: " + (rows.get(3).carriers() - 1));
}
