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
static final int REQUESTS_EACH = 3;                      // 150 requests per round
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
                        long due = System.nanoTime() + BACKEND_MS * 1_000_000;
                        for (int i = 0; i < buf.position(); i++)      // one reply per request line
                            if (buf.get(i) == '\n') timers.add(new Reply(due, ch));
                    }
                }
                selector.selectedKeys().clear();
                while (!timers.isEmpty() && timers.peek().due() <= System.nanoTime()) {
                    var ch = timers.poll().ch();
                    if (ch.isOpen()) ch.write(ByteBuffer.wrap("ok\n".getBytes()));  // one write
                }
            }
            selector.close();
        } catch (IOException e) { throw new UncheckedIOException(e); }
    });
    return () -> { running.set(false); selector.wakeup(); loop.join(); listener.close(); };
}

// The load: CONNECTIONS clients at once, each sending `requests` requests one after another.
// Returns the latency of every request (ns) and the wall time of the whole load (ns).
record Round(long[] latencies, long wallNs) { }

static Round load(SocketAddress address, int connections, int requests) throws Exception {
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
    return new Round(latencies, System.nanoTime() - start);
}

static final String[] SERVERS = {
        "thread pool (" + POOL_THREADS + " threads)",
        "virtual threads",
        "NIO event loop (1 thread)" };

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
    var handlers = server == 0
            ? Executors.newFixedThreadPool(POOL_THREADS)
            : Executors.newVirtualThreadPerTaskExecutor();
    return new Running(listener.getLocalSocketAddress(), threadServer(listener, handlers));
}

static Round measure(int server) throws Exception {
    try (var s = start(server)) { return load(s.address(), CONNECTIONS, REQUESTS_EACH); }
}

// A table row from one or more rounds: throughput (req/s), p50 and p99 latency (ms).
static double[] row(Round... rounds) {
    long[] all = Arrays.stream(rounds).flatMapToLong(r -> Arrays.stream(r.latencies())).sorted()
            .toArray();
    double seconds = Arrays.stream(rounds).mapToLong(Round::wallNs).sum() / 1e9;
    double p50 = all[all.length / 2] / 1e6, p99 = all[all.length * 99 / 100] / 1e6;
    return new double[] { all.length / seconds, p50, p99 };
}

void main() throws Exception {
    for (int i = 0; i < 3; i++) {                          // warm-up: a smaller load, not reported
        try (var s = start(i)) { load(s.address(), CONNECTIONS, 1); }
    }
    // The pool is measured once (its rate is set by its threads); the other two twice, in
    // alternating order, so that neither always runs first. Their rows combine both rounds.
    Round pool = measure(0);
    Round virtual1 = measure(1), loop1 = measure(2), loop2 = measure(2), virtual2 = measure(1);
    double[] poolRow = row(pool), virtualRow = row(virtual1, virtual2), loopRow = row(loop1, loop2);

    IO.println("load: " + CONNECTIONS + " connections x " + REQUESTS_EACH + " requests, "
            + BACKEND_MS + " ms backend wait each");
    IO.println();
    IO.println("| server | throughput (req/s) | p50 latency (ms) | p99 latency (ms) |");
    IO.println("|---|---|---|---|");
    double[][] rows = { poolRow, virtualRow, loopRow };
    for (int i = 0; i < 3; i++) {
        IO.println(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f |",
                SERVERS[i], rows[i][0], rows[i][1], rows[i][2]));
    }
    IO.println();
    IO.println(String.format(Locale.ROOT, "virtual threads throughput vs pool: %.2f x",
            virtualRow[0] / poolRow[0]));
    IO.println(String.format(Locale.ROOT, "event loop throughput vs pool: %.2f x",
            loopRow[0] / poolRow[0]));
    IO.println(String.format(Locale.ROOT, "pool p99 vs virtual threads p99: %.2f x",
            poolRow[2] / virtualRow[2]));
    IO.println(String.format(Locale.ROOT, "pool p99 vs pool p50: %.2f x", poolRow[2] / poolRow[1]));
}
