package measured.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.logging.LogEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns chromedriver's performance log (DevTools Network events) into the requests a page made. */
final class NetworkLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkLog() {
    }

    static List<NetworkRequest> requests(List<LogEntry> entries) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (LogEntry entry : entries) {
            JsonNode message = parse(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    if (!url.startsWith("data:")) {
                        Builder request = byId.computeIfAbsent(id, k -> new Builder());
                        request.url = url;
                        request.type = params.path("type").asText("Other");
                    }
                }
                case "Network.responseReceived" -> with(byId, id, r -> r.status = params.path("response").path("status").asInt());
                case "Network.loadingFinished" -> with(byId, id, r -> {
                    r.bytes = params.path("encodedDataLength").asLong();
                    r.finished = true;
                });
                case "Network.loadingFailed" -> with(byId, id, r -> r.failure = params.path("errorText").asText()
                        + (params.path("blockedReason").isMissingNode() ? "" : " (" + params.path("blockedReason").asText() + ")"));
                default -> {
                }
            }
        }
        List<NetworkRequest> requests = new ArrayList<>();
        for (Builder r : byId.values()) {
            String failure = r.failure != null ? r.failure : r.finished ? null : "no response before the page was checked";
            requests.add(new NetworkRequest(r.url, r.type, r.status, failure, r.bytes));
        }
        return requests;
    }

    private static void with(Map<String, Builder> byId, String id, java.util.function.Consumer<Builder> change) {
        Builder request = byId.get(id);
        if (request != null) {
            change.accept(request);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {
        String url;
        String type;
        int status;
        String failure;
        long bytes;
        boolean finished;
    }
}
