// AsynchronousSocketChannel: the OS does the waiting, a CompletionHandler is called back.
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.*;

// How many server callbacks ran on each thread.
static final Map<String, Integer> callbacks = new ConcurrentHashMap<>();

static void count() { callbacks.merge(Thread.currentThread().getName(), 1, Integer::sum); }

// Callback server: accept -> read -> write -> close, each step started from the previous callback.
static void acceptNext(AsynchronousServerSocketChannel server) {
    server.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
        public void completed(AsynchronousSocketChannel ch, Void att) {
            count();
            acceptNext(server);              // keep accepting: the "loop" is a chain of callbacks
            var buf = ByteBuffer.allocate(256);
            ch.read(buf, null, new CompletionHandler<Integer, Void>() {
                public void completed(Integer n, Void a) {
                    count();
                    var text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
                    var reply = ByteBuffer.wrap(("echo: " + text).getBytes(StandardCharsets.UTF_8));
                    ch.write(reply, null, new CompletionHandler<Integer, Void>() {
                        public void completed(Integer w, Void b) { count(); closeQuietly(ch); }
                        public void failed(Throwable e, Void b) { closeQuietly(ch); }
                    });
                }
                public void failed(Throwable e, Void a) { closeQuietly(ch); }
            });
        }
        public void failed(Throwable e, Void att) { /* the server was closed */ }
    });
}

static void closeQuietly(AsynchronousSocketChannel ch) {
    try { ch.close(); } catch (Exception ignored) { }
}

void main() throws Exception {
    // The channel group owns the threads that run the callbacks; we name them.
    var group = AsynchronousChannelGroup.withFixedThreadPool(2,
            Thread.ofPlatform().name("aio-", 1).factory());
    var server = AsynchronousServerSocketChannel.open(group)
            .bind(new InetSocketAddress("127.0.0.1", 0));
    acceptNext(server);

    // Client side, Future style: connect/write/read return Futures; get() waits for them.
    for (int i = 1; i <= 3; i++) {
        try (var client = AsynchronousSocketChannel.open(group)) {
            client.connect(server.getLocalAddress()).get(5, TimeUnit.SECONDS);
            client.write(ByteBuffer.wrap(("request " + i).getBytes(StandardCharsets.UTF_8))).get();
            var buf = ByteBuffer.allocate(256);
            while (client.read(buf).get() >= 0) { }         // read until the server closes
            IO.println(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
        }
    }
    server.close();
    group.shutdownNow();
    group.awaitTermination(5, TimeUnit.SECONDS);
    // The server's accept, read and write callbacks: only the group's threads ran them.
    int total = callbacks.values().stream().mapToInt(Integer::intValue).sum();
    IO.println("server callbacks: " + total);
    IO.println("callbacks by thread: " + new TreeMap<>(callbacks));
    IO.println("callbacks on main: " + callbacks.getOrDefault("main", 0));
}
