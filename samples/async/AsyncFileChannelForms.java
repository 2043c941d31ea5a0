// AsynchronousFileChannel's two forms, a Future and a CompletionHandler, and the threads behind
// them. On Linux and macOS the JDK implements the channel with a thread pool that makes
// ordinary blocking reads: an asynchronous read is a task handed to one of its threads.
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.CompletionHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.*;

static final int CHUNK = 256 * 1024;
static final int CHUNKS = 32;

static String describe(Thread t) {
    return "%s (daemon: %b, virtual: %b)".formatted(
            t.getName().replaceAll("\\d+", "N"), t.isDaemon(), t.isVirtual());
}

void main() throws Exception {
    Path file = Files.createTempFile("chunks", ".bin");  // in the working directory's tmpdir
    try {
        byte[] data = new byte[CHUNK * CHUNKS];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i / CHUNK);  // chunk i holds i
        Files.write(file, data);

        try (var channel = AsynchronousFileChannel.open(file, StandardOpenOption.READ)) {
            // 1. The Future form: read() returns at once; get() waits for the result.
            ByteBuffer first = ByteBuffer.allocate(CHUNK);
            Future<Integer> pending = channel.read(first, 0);
            IO.println("Future form: get() = " + pending.get() + " bytes, first byte "
                    + first.get(0));

            // 2. The CompletionHandler form: the handler runs when the read is complete,
            //    on a thread of the channel's pool, never on the thread that called read().
            var handlerThread = new CompletableFuture<Thread>();
            channel.read(ByteBuffer.allocate(CHUNK), CHUNK, null,
                    new CompletionHandler<Integer, Void>() {
                        public void completed(Integer bytes, Void attachment) {
                            handlerThread.complete(Thread.currentThread());
                        }
                        public void failed(Throwable e, Void attachment) {
                            handlerThread.completeExceptionally(e);
                        }
                    });
            Thread handler = handlerThread.get();
            IO.println("main thread: " + describe(Thread.currentThread()));
            IO.println("handler thread: " + describe(handler));
            IO.println("handler ran on the caller's thread: "
                    + (handler == Thread.currentThread()));

            // 3. Every chunk at once: each read is a task for the default pool, a cached
            //    thread pool, which starts a new thread whenever no idle one is waiting.
            Set<Thread> readers = ConcurrentHashMap.newKeySet();
            var done = new CountDownLatch(CHUNKS);
            var wrong = new ConcurrentLinkedQueue<Integer>();
            for (int i = 0; i < CHUNKS; i++) {
                ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
                channel.read(buffer, (long) i * CHUNK, i, new CompletionHandler<>() {
                    public void completed(Integer bytes, Integer chunk) {
                        readers.add(Thread.currentThread());
                        if (bytes != CHUNK || buffer.get(0) != chunk.byteValue()) wrong.add(chunk);
                        done.countDown();
                    }
                    public void failed(Throwable e, Integer chunk) {
                        wrong.add(chunk);
                        done.countDown();
                    }
                });
            }
            done.await();
            IO.println("chunks read at once: " + CHUNKS + ", wrong: " + wrong.size());
            IO.println("pool threads that ran them: " + readers.size());
        }

        // 4. Or bring your own pool: the channel then runs its reads on that executor.
        try (var pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("file-io-", 1)
                     .factory());
             var channel = AsynchronousFileChannel.open(file,
                     Set.of(StandardOpenOption.READ), pool)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            var on = new CompletableFuture<String>();
            channel.read(buffer, 0, null, new CompletionHandler<Integer, Void>() {
                public void completed(Integer bytes, Void a) {
                    on.complete(Thread.currentThread().getName());
                }
                public void failed(Throwable e, Void a) { on.completeExceptionally(e); }
            });
            IO.println("with its own pool, the handler ran on: " + on.get());
        }
    } finally {
        Files.delete(file);
    }
}
