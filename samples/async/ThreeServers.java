// One server, three ways: a fixed thread pool, a virtual thread per connection, an NIO event loop.
// Each serves the same protocol (a line in, "ok" out after a 20 ms backend wait) to the same load.
import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

static final int POOL_THREADS = 5;
static final int CONNECTIONS = 50;
static final int REQUESTS_EACH = 5;                      // 250 requests per server
static final long BACKEND_MS = 20;                       // the "database call" behind every request

// Blocking handler used by the two thread-based servers: one thread per connection while it lasts.
static void serve(Socket s) {
    try (s; var in = new BufferedReader(new InputStreamReader(s.getInputStream()));
         var out = s.getOutputStream()) {
        s.setTcpNoDelay(true);
        while (in.readLine() != null) {
            Thread.sleep(BACKEND_MS);                    // blocks this thread
            out.write("ok\n".getBytes());
        }
    } catch (IOException | InterruptedException e) { /* connection over */ }
}

// A thread-based server: an acceptor hands each connection to `handlers`. Returns a stopper.
static AutoCloseable threadServer(ServerSocket listener, ExecutorService handlers) {
    Thread acceptor = Thread.ofPlatform().start(() -> {
        try { while (true) { Socket s = listener.accept(); handlers.submit(() -> serve(s)); } }
        catch (IOException closed) { }
    });
    return () -> { listener.close(); acceptor.join(); handlers.close(); };
}

// The event loop: one thread, never blocks except in select(); the backend wait is a timer.
record Reply(long due, SocketChannel ch) { }
static AutoCloseable loopServer(ServerSocketChannel listener) throws IOException {
    var selector = Selector.open();
    listener.configureBlocking(false).register(selector, SelectionKey.OP_ACCEPT);
    var running = new AtomicBoolean(true);
    Thread loop = Thread.ofPlatform().start(() -> {
        var timers = new PriorityQueue<Reply>(Comparator.comparingLong(Reply::due));
        var buf = ByteBuffer.allocate(1024);
        try {
            while (running.get()) {
                long waitNs = timers.isEmpty() ? 0 : timers.peek().due() - System.nanoTime();
                if (timers.isEmpty()) selector.select();
                else if (waitNs > 0) selector.select((waitNs + 999_999) / 1_000_000);
                else selector.selectNow();
                for (var key : selector.selectedKeys()) {
                    if (key.isAcceptable()) {
                        var ch = listener.accept();
                        if (ch == null) continue;
                        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        ch.configureBlocking(false).register(selector, SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        var ch = (SocketChannel) key.channel();
                        buf.clear();
                        if (ch.read(buf) < 0) { ch.close(); continue; }
                        for (int i = 0; i < buf.position(); i++)      // one reply per request line
                            if (buf.get(i) == '\n') timers.add(new Reply(System.nanoTime() + BACKEND_MS * 1_000_000, ch));
                    }
                }
                selector.selectedKeys().clear();
                while (!timers.isEmpty() && timers.peek().due() <= System.nanoTime()) {
                    var ch = timers.poll().ch();
                    if (ch.isOpen()) ch.write(ByteBuffer.wrap("ok\n".getBytes()));   // tiny: written at once
                }
            }
            selector.close();
        } catch (IOException e) { throw new UncheckedIOException(e); }
    });
    return () -> { running.set(false); selector.wakeup(); loop.join(); listener.close(); };
}

// The load: CONNECTIONS clients at once, each sending REQUESTS_EACH requests one after another.
// Returns a table row: throughput (req/s), p50 and p99 latency (ms).
static double[] load(SocketAddress address, int connections, int requests) throws Exception {
    long[] latencies = new long[connections * requests];
    var next = new AtomicInteger();
    long start = System.nanoTime();
    try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < connections; c++) clients.submit(() -> {
            try (var s = new Socket()) {
                s.connect(address);
                s.setTcpNoDelay(true);
                var in = new BufferedReader(new InputStreamReader(s.getInputStream()));
                for (int r = 0; r < requests; r++) {
                    long t = System.nanoTime();
                    s.getOutputStream().write("req\n".getBytes());
                    if (!"ok".equals(in.readLine())) throw new IllegalStateException("bad reply");
                    latencies[next.getAndIncrement()] = System.nanoTime() - t;
                }
            }
            return null;
        });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    return new double[] { latencies.length / seconds,
            latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 99 / 100] / 1e6 };
}

static final String[] SERVERS = { "thread pool (" + POOL_THREADS + " threads)", "virtual threads", "NIO event loop (1 thread)" };

record Running(SocketAddress address, AutoCloseable stopper) implements AutoCloseable {
    public void close() throws Exception { stopper.close(); }
}

static Running start(int server) throws IOException {
    var loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (server == 2) {
        var listener = ServerSocketChannel.open().bind(loopback, 100);
        return new Running(listener.getLocalAddress(), loopServer(listener));
    }
    var listener = new ServerSocket();
    listener.bind(loopback, 100);
    var handlers = server == 0 ? Executors.newFixedThreadPool(POOL_THREADS) : Executors.newVirtualThreadPerTaskExecutor();
    return new Running(listener.getLocalSocketAddress(), threadServer(listener, handlers));
}

void main() throws Exception {
    for (int i = 0; i < 3; i++) {                          // warm-up: a smaller load, not reported
        try (var s = start(i)) { load(s.address(), CONNECTIONS, 2); }
    }
    var rows = new LinkedHashMap<String, double[]>();
    for (int i = 0; i < 3; i++) {
        try (var s = start(i)) { rows.put(SERVERS[i], load(s.address(), CONNECTIONS, REQUESTS_EACH)); }
    }

    IO.println("load: " + CONNECTIONS + " connections x " + REQUESTS_EACH + " requests, " + BACKEND_MS + " ms backend wait each");
    IO.println();
    IO.println("| server | throughput (req/s) | p50 latency (ms) | p99 latency (ms) |");
    IO.println("|---|---|---|---|");
    rows.forEach((name, r) -> IO.println(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f |", name, r[0], r[1], r[2])));
    IO.println();
    double[] pool = rows.get(SERVERS[0]), virtual = rows.get(SERVERS[1]), loop = rows.get(SERVERS[2]);
    IO.println(String.format(Locale.ROOT, "virtual threads throughput vs pool: %.1f x", virtual[0] / pool[0]));
    IO.println(String.format(Locale.ROOT, "event loop throughput vs pool: %.1f x", loop[0] / pool[0]));
    IO.println(String.format(Locale.ROOT, "pool p99 vs virtual threads p99: %.1f x", pool[2] / virtual[2]));
    IO.println(String.format(Locale.ROOT, "pool p99 vs pool p50: %.1f x", pool[2] / pool[1]));
}
