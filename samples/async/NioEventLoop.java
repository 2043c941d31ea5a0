// A single-threaded event loop: one Selector serves every connection (what asyncio's loop does).
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

static final int CLIENTS = 50;
static final Set<String> serverThreads = ConcurrentHashMap.newKeySet();
// counters touched only by the loop thread
static int openNow;
static int peakOpen;
static int accepted;
static volatile boolean running = true;

// The loop: wait for readiness events, handle each one without ever blocking.
static void loop(Selector selector, ServerSocketChannel listener) throws Exception {
    while (running) {
        selector.select();                                    // the only place the loop waits
        serverThreads.add(Thread.currentThread().getName());
        for (SelectionKey key : selector.selectedKeys()) {
            if (key.isAcceptable()) {                         // new connections: register them
                SocketChannel ch;
                while ((ch = listener.accept()) != null) {
                    ch.configureBlocking(false).register(selector, SelectionKey.OP_READ);
                    accepted++;
                    peakOpen = Math.max(peakOpen, ++openNow);
                }
            } else if (key.isReadable()) {                    // data: read what is there, answer
                var ch = (SocketChannel) key.channel();
                var buf = ByteBuffer.allocate(256);
                if (ch.read(buf) < 0) { ch.close(); openNow--; continue; }
                String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
                ch.write(ByteBuffer.wrap(text.toUpperCase().getBytes(StandardCharsets.UTF_8)));
            }
        }
        selector.selectedKeys().clear();
    }
}

void main() throws Exception {
    var selector = Selector.open();
    var listener = ServerSocketChannel.open(StandardProtocolFamily.INET);
    listener.bind(new InetSocketAddress("127.0.0.1", 0), CLIENTS);
    listener.configureBlocking(false).register(selector, SelectionKey.OP_ACCEPT);
    var loopThread = Thread.ofPlatform().name("event-loop").start(() -> {
        try { loop(selector, listener); } catch (Exception e) { e.printStackTrace(); }
    });

    // Clients: plain blocking sockets on virtual threads. All connect first, then all talk,
    // so the loop has every connection open at once.
    var allConnected = new CountDownLatch(CLIENTS);
    var replies = ConcurrentHashMap.<String>newKeySet();
    try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < CLIENTS; i++) {
            String msg = "hello from client " + i;
            clients.submit(() -> {
                try (var ch = SocketChannel.open(listener.getLocalAddress())) {
                    allConnected.countDown();
                    allConnected.await();
                    ch.write(ByteBuffer.wrap(msg.getBytes(StandardCharsets.UTF_8)));
                    var buf = ByteBuffer.allocate(256);
                    while (buf.position() < msg.length()) ch.read(buf);
                    replies.add(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
                }
                return null;
            });
        }
    }
    running = false;
    selector.wakeup();         // the loop returns from select() and ends
    loopThread.join();
    selector.close();
    listener.close();

    long correct = replies.stream().filter(r -> r.startsWith("HELLO FROM CLIENT ")).count();
    IO.println("correct replies: " + correct);
    IO.println("connections accepted: " + accepted);
    IO.println("peak open connections: " + peakOpen);
    IO.println("server threads: " + serverThreads.size() + " " + serverThreads);
}
