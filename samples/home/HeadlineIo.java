// The home page's I/O-bound headline: 40 requests to a slow HTTP server that this program
// starts on 127.0.0.1 (every answer takes 10 ms), done five ways in one run.
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.*;
import java.nio.file.Path;
import java.util.concurrent.*;

static final int REQUESTS = 40, LATENCY_MS = 10, POOL_THREADS = 10, WORKERS = 4;
URI base;

// tag::approaches[]
// One blocking request: the calling thread waits for the answer (the square of i).
long fetch(int i) throws Exception {
    try (var in = base.resolve("/square/" + i).toURL().openStream()) {
        return Long.parseLong(new String(in.readAllBytes()));
    }
}

long sequential() throws Exception {
    long sum = 0;
    for (int i = 0; i < REQUESTS; i++) sum += fetch(i);
    return sum;
}

// Each request a task: on a pool of platform threads, or on a virtual thread of its own.
long onExecutor(ExecutorService executor) throws Exception {
    try (executor) {
        var futures = new ArrayList<Future<Long>>();
        for (int i = 0; i < REQUESTS; i++) {
            int n = i;
            futures.add(executor.submit(() -> fetch(n)));
        }
        long sum = 0;
        for (var f : futures) sum += f.get();
        return sum;
    }
}

// Non-blocking: HttpClient.sendAsync returns a CompletableFuture at once; no thread waits.
long completableFutures(HttpClient client) {
    var futures = new ArrayList<CompletableFuture<Long>>();
    for (int i = 0; i < REQUESTS; i++) {
        var request = HttpRequest.newBuilder(base.resolve("/square/" + i)).build();
        futures.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> Long.parseLong(response.body())));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    return futures.stream().mapToLong(CompletableFuture::join).sum();
}

// WORKERS child JVMs run this program; worker k fetches requests k, k + WORKERS, ... in turn.
long workerProcesses() throws Exception {
    var workers = new ArrayList<Process>();
    for (int k = 0; k < WORKERS; k++)
        workers.add(new ProcessBuilder(workerCommand("worker", base.toString(), "" + k))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    long sum = 0;
    for (Process w : workers) {
        sum += Long.parseLong(w.inputReader().readLine());     // each worker prints its sum
        if (w.waitFor() != 0) throw new IllegalStateException("a worker failed");
    }
    return sum;
}
// end::approaches[]

void main(String[] args) throws Exception {
    System.setProperty("http.maxConnections", "" + REQUESTS);  // keep a connection per request open
    if (args.length > 0) {                                     // the worker's role
        base = URI.create(args[1]);
        long sum = 0;
        for (int i = Integer.parseInt(args[2]); i < REQUESTS; i += WORKERS) sum += fetch(i);
        IO.println(sum);
        return;
    }
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);  // any free port
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());  // never the bottleneck
    server.createContext("/square/", exchange -> {
        long n = Long.parseLong(exchange.getRequestURI().getPath().substring(8));
        try { Thread.sleep(LATENCY_MS); } catch (InterruptedException e) { }
        byte[] body = Long.toString(n * n).getBytes();
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) { out.write(body); }
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        long expected = onExecutor(Executors.newVirtualThreadPerTaskExecutor());  // warm-up
        completableFutures(client);                                               // warm-up
        var approaches = new LinkedHashMap<String, Callable<Long>>();
        approaches.put("sequential", this::sequential);
        approaches.put("thread pool",
                () -> onExecutor(Executors.newFixedThreadPool(POOL_THREADS)));
        approaches.put("virtual threads",
                () -> onExecutor(Executors.newVirtualThreadPerTaskExecutor()));
        approaches.put("futures", () -> completableFutures(client));
        approaches.put("processes", this::workerProcesses);
        var ms = report(approaches, expected);
        IO.println("pool threads: " + POOL_THREADS);
        IO.println("worker processes: " + WORKERS);
        IO.println("processes / virtual threads: %.2f x"
                .formatted(ms.get("processes") / ms.get("virtual threads")));
    } finally {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).close();
    }
}

// Runs each approach once, checks its result, prints a table, then each speed-up.
Map<String, Double> report(Map<String, Callable<Long>> approaches, long expected)
        throws Exception {
    var ms = new LinkedHashMap<String, Double>();
    for (var a : approaches.entrySet()) {
        long start = System.nanoTime();
        long result = a.getValue().call();
        ms.put(a.getKey(), (System.nanoTime() - start) / 1e6);
        if (result != expected) throw new AssertionError(a.getKey() + " computed " + result);
    }
    double seq = ms.get("sequential");
    IO.println("| approach | time (ms) | speed-up (x) |");
    IO.println("|---|---|---|");
    ms.forEach((name, t) -> IO.println("| %s | %.0f | %.2f |".formatted(name, t, seq / t)));
    IO.println();
    IO.println("same result from every approach: true");
    ms.forEach((name, t) -> {
        if (t != seq) IO.println("%s speed-up: %.2f x".formatted(name, seq / t));
    });
    return ms;
}

// The command that runs this program again in a new JVM, however this one was started.
List<String> workerCommand(String... args) {
    var cmd = new ArrayList<String>();
    cmd.add(ProcessHandle.current().info().command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    String source = System.getProperty("jdk.launcher.sourcefile");  // set by `java X.java`
    if (source != null) cmd.add(source);                      // the worker compiles it again
    else {
        String classPath = System.getProperty("java.class.path", ""); // set by `java -cp dir X`
        if (classPath.isEmpty()) classPath = ".";                    // the JVM's own default
        cmd.addAll(List.of("-cp", classPath, getClass().getName()));
    }
    cmd.addAll(List.of(args));
    return cmd;
}
