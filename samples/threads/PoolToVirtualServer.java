// Migrating a thread-pool server to virtual threads. The server has two endpoints: /quote waits
// 50 ms for a slow remote service, /report runs one 20 ms query on a database that has only
// 4 connections. Before: a pool of 4 threads, sized to protect the database. After: a virtual
// thread per request, first with no limit, then with a Semaphore of 4 around the query.
import com.sun.net.httpserver.HttpServer;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

static final int DB_CONNECTIONS = 4;
static final int REQUESTS_PER_ENDPOINT = 30;

// Stands for the database: counts how many queries run at once, and the most it ever saw.
static final AtomicInteger inUse = new AtomicInteger();
static final AtomicInteger mostInUse = new AtomicInteger();

static void query() throws InterruptedException {
    mostInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
    try {
        Thread.sleep(20);
    } finally {
        inUse.decrementAndGet();
    }
}

// Starts the server with 'executor'; 'limit' (if any) guards the database.
static HttpServer start(ExecutorService executor, Semaphore limit) throws Exception {
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.createContext("/quote", exchange -> {
        try {
            Thread.sleep(50);                       // the slow remote service
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    });
    server.createContext("/report", exchange -> {
        try {
            if (limit != null) limit.acquire();     // waits for one of the 4 connections
            try {
                query();
            } finally {
                if (limit != null) limit.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    });
    server.setExecutor(executor);
    server.start();
    return server;
}

static int get(URI uri) throws Exception {
    var connection = (HttpURLConnection) uri.toURL().openConnection();
    try {
        return connection.getResponseCode();
    } finally {
        connection.disconnect();
    }
}

// Sends every request at once from virtual threads; returns milliseconds until all answered.
static double load(HttpServer server, int perEndpoint) throws Exception {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    long start = System.nanoTime();
    try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
        var answers = new ArrayList<Future<Integer>>();
        for (int i = 0; i < perEndpoint; i++) {
            for (String path : new String[] {"/quote", "/report"}) {
                var uri = URI.create(base + path);
                answers.add(clients.submit(() -> get(uri)));
            }
        }
        for (var answer : answers) {
            if (answer.get() != 200) throw new IllegalStateException("HTTP " + answer.get());
        }
    }
    return (System.nanoTime() - start) / 1e6;
}

record Result(String server, double millis, int mostInUse) {}

static Result run(String name, ExecutorService executor, Semaphore limit) throws Exception {
    HttpServer server = start(executor, limit);
    try (executor) {
        load(server, 4);                    // warm-up: connections, JIT
        mostInUse.set(0);
        double millis = load(server, REQUESTS_PER_ENDPOINT);
        return new Result(name, millis, mostInUse.get());
    } finally {
        server.stop(0);
    }
}

void main() throws Exception {
    var pool = run("pool of 4 threads", Executors.newFixedThreadPool(DB_CONNECTIONS), null);
    var unlimited = run("virtual threads, no limit",
            Executors.newVirtualThreadPerTaskExecutor(), null);
    var limited = run("virtual threads + Semaphore(4)",
            Executors.newVirtualThreadPerTaskExecutor(), new Semaphore(DB_CONNECTIONS));
    IO.println("requests: " + REQUESTS_PER_ENDPOINT + " to /quote and "
            + REQUESTS_PER_ENDPOINT + " to /report, all at once");
    IO.println();
    IO.println("| server | time (ms) | most database connections in use |");
    IO.println("|---|---|---|");
    for (var r : new Result[] {pool, unlimited, limited}) {
        IO.println("| %s | %.0f | %d |".formatted(r.server(), r.millis(), r.mostInUse()));
    }
    IO.println();
    IO.println("pool, most connections: " + pool.mostInUse());
    IO.println("no limit, most connections: " + unlimited.mostInUse());
    IO.println("semaphore, most connections: " + limited.mostInUse());
    IO.println("pool / semaphore time: %.2f x".formatted(pool.millis() / limited.millis()));
}
