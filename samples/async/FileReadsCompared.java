// Reading one 8 MB file in 64 KB chunks, five ways: one thread, AsynchronousFileChannel with a
// CompletionHandler and with Futures, FileChannel on a virtual thread per chunk, and FileChannel
// on a pool of platform threads. The file was just written, so its pages are in the operating
// system's page cache: every read is a copy from kernel memory, and a plain memory copy of the
// same bytes is measured beside them.
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.CompletionHandler;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.*;

static final int CHUNK = 64 * 1024;
static final int CHUNKS = 128;                       // 8 MB
static final int ROUNDS = 15;

// One direct buffer per chunk, reused by every variant: no allocation inside the timed part.
static final ByteBuffer[] BUFFERS = new ByteBuffer[CHUNKS];

interface Variant { void readAll() throws Exception; }

// Every byte of chunk i is (byte) i; a pass is correct if every buffer says so.
static void check() {
    for (int i = 0; i < CHUNKS; i++) {
        var b = BUFFERS[i];
        if (b.position() != CHUNK || b.get(0) != (byte) i || b.get(CHUNK - 1) != (byte) i) {
            throw new AssertionError("chunk " + i + " is wrong");
        }
    }
}

static void clear() {
    for (var b : BUFFERS) b.clear().put(0, (byte) -1).put(CHUNK - 1, (byte) -1);
}

void main() throws Exception {
    Path file = Files.createTempFile("reads", ".bin");
    int cores = Runtime.getRuntime().availableProcessors();
    byte[] data = new byte[CHUNK * CHUNKS];
    for (int i = 0; i < data.length; i++) data[i] = (byte) (i / CHUNK);
    Files.write(file, data);                         // now in the page cache
    ByteBuffer inMemory = ByteBuffer.allocateDirect(data.length).put(data).flip();
    for (int i = 0; i < CHUNKS; i++) BUFFERS[i] = ByteBuffer.allocateDirect(CHUNK);

    try (var channel = FileChannel.open(file);
         var async = AsynchronousFileChannel.open(file);
         var pool = Executors.newFixedThreadPool(cores)) {
        var variants = new LinkedHashMap<String, Variant>();
        variants.put("memory copy, one thread", () -> {
            for (int i = 0; i < CHUNKS; i++) {
                BUFFERS[i].put(0, inMemory, i * CHUNK, CHUNK).position(CHUNK);
            }
        });
        variants.put("FileChannel, one thread", () -> {
            for (int i = 0; i < CHUNKS; i++) channel.read(BUFFERS[i], (long) i * CHUNK);
        });
        variants.put("async channel, CompletionHandler", () -> {
            var done = new CountDownLatch(CHUNKS);
            for (int i = 0; i < CHUNKS; i++) {
                async.read(BUFFERS[i], (long) i * CHUNK, null, new CompletionHandler<>() {
                    public void completed(Integer n, Object a) { done.countDown(); }
                    public void failed(Throwable e, Object a) { throw new RuntimeException(e); }
                });
            }
            done.await();
        });
        variants.put("async channel, Future", () -> {
            var reads = new ArrayList<Future<Integer>>();
            for (int i = 0; i < CHUNKS; i++) reads.add(async.read(BUFFERS[i], (long) i * CHUNK));
            for (var r : reads) r.get();
        });
        variants.put("FileChannel, virtual thread per chunk", () -> {
            try (var perTask = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CHUNKS; i++) {
                    int n = i;
                    perTask.submit(() -> channel.read(BUFFERS[n], (long) n * CHUNK));
                }
            }
        });
        variants.put("FileChannel, pool of " + cores + " platform threads", () -> {
            var reads = new ArrayList<Future<Integer>>();
            for (int i = 0; i < CHUNKS; i++) {
                int n = i;
                reads.add(pool.submit(() -> channel.read(BUFFERS[n], (long) n * CHUNK)));
            }
            for (var r : reads) r.get();
        });

        var times = new LinkedHashMap<String, List<Long>>();
        for (int round = -5; round < ROUNDS; round++) {     // 5 warm-up rounds, not kept
            for (var v : variants.entrySet()) {
                clear();
                long start = System.nanoTime();
                v.getValue().readAll();
                long nanos = System.nanoTime() - start;
                check();
                if (round >= 0) {
                    times.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(nanos);
                }
            }
        }

        var median = new LinkedHashMap<String, Double>();
        times.forEach((name, list) -> {
            Collections.sort(list);
            median.put(name, list.get(list.size() / 2) / 1e6);
        });
        double one = median.get("FileChannel, one thread");
        IO.println("file: " + CHUNK * CHUNKS / (1024 * 1024) + " MB in " + CHUNKS + " reads of "
                + CHUNK / 1024 + " KB; median of " + ROUNDS + " rounds; cores: " + cores);
        IO.println();
        IO.println("| way | time (ms) | GB/s | time / one thread |");
        IO.println("|---|---|---|---|");
        median.forEach((name, ms) -> IO.println("| %s | %.2f | %.1f | %.2f |".formatted(
                name, ms, data.length / (ms / 1e3) / 1e9, ms / one)));
        IO.println();
        double pooled = median.get("FileChannel, pool of " + cores + " platform threads");
        IO.println("cached read / memory copy: %.2f x".formatted(
                one / median.get("memory copy, one thread")));
        IO.println("async handler / platform pool: %.2f x".formatted(
                median.get("async channel, CompletionHandler") / pooled));
        IO.println("async Future / platform pool: %.2f x".formatted(
                median.get("async channel, Future") / pooled));
        IO.println("virtual threads / platform pool: %.2f x".formatted(
                median.get("FileChannel, virtual thread per chunk") / pooled));
    } finally {
        Files.delete(file);
    }
}
