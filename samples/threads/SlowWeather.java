// The seed's example 1 in Java: fetch the weather for 8 cities, one after another vs concurrently.
// The "weather service" is a slow HTTP server this program starts itself on 127.0.0.1.
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.*;
import java.util.*;
import java.util.concurrent.*;

static final List<String> CITIES = List.of("Tel Aviv", "Jerusalem", "Berlin", "Moscow", "Tokyo",
        "Ulan Ude", "Budapest", "New York");
static final int LATENCY_MS = 50;         // every request takes this long on the server

final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
URI base;

// One blocking request: the calling thread waits for the answer.
String weather(String city) {
    var uri = base.resolve("/weather?q=" + city.replace(" ", "%20"));
    try {
        var request = HttpRequest.newBuilder(uri).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) { throw new RuntimeException(e); }
}

List<String> sequential() { return CITIES.stream().map(this::weather).toList(); }

// A platform thread per city; join() waits for each (the Python original spun on active_count()).
List<String> threadPerCity() throws InterruptedException {
    var results = new String[CITIES.size()];
    var threads = new ArrayList<Thread>();
    for (int i = 0; i < CITIES.size(); i++) {
        int index = i;
        threads.add(Thread.ofPlatform().start(() -> results[index] = weather(CITIES.get(index))));
    }
    for (Thread t : threads) t.join();    // join also makes the results[] writes visible here
    return List.of(results);
}

// A fixed pool of 4 threads: 8 requests take two rounds.
List<String> pool(int size) throws Exception {
    try (var pool = Executors.newFixedThreadPool(size)) {
        var futures = CITIES.stream().map(city -> pool.submit(() -> weather(city))).toList();
        var results = new ArrayList<String>();
        for (var f : futures) results.add(f.get());
        return results;
    }
}

double seconds(Callable<List<String>> fetch, List<String> expected) throws Exception {
    long start = System.nanoTime();
    var results = fetch.call();
    double s = (System.nanoTime() - start) / 1e9;
    if (!results.equals(expected)) throw new AssertionError("different results");
    return s;
}

void main() throws Exception {
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0); // port 0: any free
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // never the bottleneck
    server.createContext("/weather", exchange -> {
        String city = exchange.getRequestURI().getQuery().substring(2);
        try { Thread.sleep(LATENCY_MS); } catch (InterruptedException e) { }
        int temp = 10 + Math.floorMod(city.hashCode(), 20);
        byte[] body = "{\"city\":\"%s\",\"temp\":%d}".formatted(city, temp).getBytes();
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) { out.write(body); }
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try {
        var expected = threadPerCity();   // warm-up, not measured: loads classes, opens connections
                                          // that the measured runs reuse (HTTP/1.1 keep-alive)
        IO.println(expected.get(0) + " ... " + expected.get(7));
        double seq = seconds(this::sequential, expected);
        double each = seconds(this::threadPerCity, expected);
        double four = seconds(() -> pool(4), expected);
        IO.println();
        IO.println("| approach | time (ms) | speed-up (x) |");
        IO.println("|---|---|---|");
        IO.println("| sequential | %.0f | 1.00 |".formatted(seq * 1000));
        IO.println("| thread per city | %.0f | %.2f |".formatted(each * 1000, seq / each));
        IO.println("| pool of 4 | %.0f | %.2f |".formatted(four * 1000, seq / four));
        IO.println();
        IO.println("sequential: %.2f s".formatted(seq));
        IO.println("thread per city: %.2f s".formatted(each));
        IO.println("pool of 4: %.2f s".formatted(four));
        IO.println("speed-up with a thread per city: %.2f x".formatted(seq / each));
        IO.println("speed-up with a pool of 4: %.2f x".formatted(seq / four));
        IO.println("pool of 4 / thread per city: %.2f x".formatted(four / each)); // rounds: 2 vs 1
    } finally {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).close();
    }
}
