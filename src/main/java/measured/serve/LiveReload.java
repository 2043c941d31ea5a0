package measured.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Tells the open pages of serve mode when a bake is done: each page keeps an event stream open
 * ({@code /__measured/events}, server-sent events) and reloads itself on {@code reload}, or shows the problems
 * of a failed bake on {@code problems}. The script that listens is served as a file of its own, so it runs
 * under the production Content-Security-Policy, and it is added to pages only as they are served.
 */
final class LiveReload {

    static final String PREFIX = "/__measured/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live-reload.js\" defer></script>";

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** Adds the live-reload script to a served page, before its head ends. */
    static String inject(String html) {
        int head = html.indexOf("</head>");
        return head < 0 ? html : html.substring(0, head) + SCRIPT_TAG + html.substring(head);
    }

    /** Serves the dev-only files and the event stream; false when the path is none of them. */
    boolean handle(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case EVENTS -> listen(exchange);
            case PREFIX + "live-reload.js" -> resource(exchange, "live-reload.js", "text/javascript; charset=utf-8");
            case PREFIX + "live-reload.css" -> resource(exchange, "live-reload.css", "text/css; charset=utf-8");
            default -> {
                return false;
            }
        }
        return true;
    }

    void reload() {
        send("reload", "{}");
    }

    void problems(List<String> problems) {
        send("problems", problems.stream().map(LiveReload::quoted).collect(Collectors.joining(",", "[", "]")));
    }

    /** How many pages listen now. */
    int listeners() {
        return listeners.size();
    }

    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": listening\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out); // the stream stays open: it ends when the page goes and a send fails
    }

    private void send(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(message);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
            }
        }
    }

    private static void resource(HttpExchange exchange, String name, String type) throws IOException {
        try (exchange; InputStream in = LiveReload.class.getResourceAsStream(name)) {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
