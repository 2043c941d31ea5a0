package measured.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a baked site folder as the host would: index.html for folders, the site's 404.html for anything
 * unknown, nothing outside the folder, and the host's own headers (netlify.toml); in serve mode each page also
 * gets the live-reload script ({@link LiveReload}).
 */
public final class StaticFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("xml", "application/xml"),
            Map.entry("java", "text/plain; charset=utf-8"),
            Map.entry("jsh", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("pf_meta", "application/octet-stream"));

    private final Path root;
    private final ProductionHeaders headers;
    private final java.util.Optional<LiveReload> live;

    /** A plain static server of the folder. */
    public StaticFiles(Path root) {
        this(root, ProductionHeaders.none(), java.util.Optional.empty());
    }

    StaticFiles(Path root, ProductionHeaders headers, java.util.Optional<LiveReload> live) {
        this.root = root.toAbsolutePath().normalize();
        this.headers = headers;
        this.live = live;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        if (live.isPresent() && live.get().handle(exchange, path)) {
            return; // the event stream stays open; the dev files closed their exchange
        }
        try (exchange) {
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes(StandardCharsets.UTF_8);
            if (live.isPresent() && file.toString().endsWith(".html")) {
                body = LiveReload.inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            headers.forPath(path).forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders().set("Content-Type", type(file));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }
}
