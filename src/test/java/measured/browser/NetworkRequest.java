package measured.browser;

/**
 * One request a page made, as Chromium's network log saw it: its status (0 when no response came),
 * why it failed (null when it did not), and the bytes transferred (headers and, possibly compressed, body).
 */
public record NetworkRequest(String url, String type, int status, String failure, long bytes) {

    public boolean failed() {
        return failure != null || status >= 400 || status == 0;
    }

    public String describe() {
        return url + " → " + (status > 0 ? "HTTP " + status + (failure != null ? " (" + failure + ")" : "") : failure);
    }
}
