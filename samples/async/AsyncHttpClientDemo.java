// 50 requests to a slow server: one after another, all at once, and at most 10 at a time.
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

static final int REQUESTS = 50;
static final long SERVER_DELAY_MS = 10;   // every answer takes the server this long

static long msSince(long start) { return (System.nanoTime() - start) / 1_000_000; }

void main() throws Exception {
    // A slow server on 127.0.0.1, ephemeral port; one virtual thread per exchange.
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/city", exchange -> {
        try { Thread.sleep(SERVER_DELAY_MS); } catch (InterruptedException e) { return; }
        byte[] body = ("weather for " + exchange.getRequestURI().getQuery()).getBytes();
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) { out.write(body); }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/city?";

    try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        List<HttpRequest> requests = IntStream.range(0, REQUESTS)
                .mapToObj(i -> HttpRequest.newBuilder(URI.create(base + i)).build()).toList();
        // warm-up, not measured: JIT, and a pool of open connections for every variant to reuse
        CompletableFuture.allOf(requests.stream()
                .map(r -> client.sendAsync(r, BodyHandlers.ofString()))
                .toArray(CompletableFuture[]::new)).join();
        for (var r : requests.subList(0, 10)) client.send(r, BodyHandlers.ofString());

        // 1. sequential: send() blocks until the response is in
        long start = System.nanoTime();
        int bytes = 0;
        for (var r : requests) bytes += client.send(r, BodyHandlers.ofString()).body().length();
        long sequential = msSince(start);

        // 2. concurrent: sendAsync() returns a CompletableFuture at once; allOf waits for all
        start = System.nanoTime();
        var all = requests.stream().map(r -> client.sendAsync(r, BodyHandlers.ofString())).toList();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        long concurrent = msSince(start);
        int bytesAsync = all.stream().mapToInt(f -> f.join().body().length()).sum();

        // 3. bounded: at most 10 requests in flight (asyncio.Semaphore)
        var permits = new Semaphore(10);
        start = System.nanoTime();
        var bounded = requests.stream().map(r -> {
            permits.acquireUninterruptibly();
            return client.sendAsync(r, BodyHandlers.ofString())
                    .whenComplete((resp, ex) -> permits.release());
        }).toList();
        CompletableFuture.allOf(bounded.toArray(CompletableFuture[]::new)).join();
        long limited = msSince(start);
        int bytesBounded = bounded.stream().mapToInt(f -> f.join().body().length()).sum();

        IO.println("same bytes received: " + (bytes == bytesAsync && bytes == bytesBounded));
        IO.println("sequential: " + sequential + " ms");
        IO.println("concurrent: " + concurrent + " ms");
        IO.println("at most 10 in flight: " + limited + " ms");
        IO.println(String.format(Locale.ROOT, "concurrent speed-up: %.2f x",
                (double) sequential / Math.max(1, concurrent)));
        IO.println(String.format(Locale.ROOT, "bounded speed-up: %.2f x",
                (double) sequential / Math.max(1, limited)));
    } finally {
        server.stop(0);
    }
}
