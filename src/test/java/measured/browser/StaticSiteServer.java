package measured.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a baked site on 127.0.0.1 the way the host does: {@code /} and folders serve index.html, an
 * unknown path gets 404.html with status 404, every response carries the host's headers, and text is
 * gzip-compressed when the browser accepts it (so transferred bytes match what a reader downloads).
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("java", "text/plain; charset=utf-8"),
            Map.entry("jsh", "text/plain; charset=utf-8"),
            Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final SecurityHeaders headers;
    private final HttpServer server;

    private StaticSiteServer(Path root, SecurityHeaders headers) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.headers = headers;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
    }

    /** Starts serving the folder on a free port of 127.0.0.1. */
    public static StaticSiteServer start(Path root, SecurityHeaders headers) {
        try {
            StaticSiteServer site = new StaticSiteServer(root, headers);
            site.server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's base URL, ending with a slash: {@code http://127.0.0.1:PORT/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file = resolve(path);
            int status = 200;
            if (file == null) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : "Not found".getBytes();
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            headers.forPath(path).forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().set("Content-Type", type);
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepted != null && accepted.contains("gzip") && isText(type)) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            }
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file a URL path names, or null when there is none (or the path leaves the site). */
    private Path resolve(String urlPath) {
        String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("svg");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
