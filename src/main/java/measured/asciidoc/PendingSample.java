package measured.asciidoc;

import java.util.Map;

/** A {@code sample::} macro as the author wrote it: its target and attributes, waiting for its line. */
record PendingSample(String id, String target, Map<String, Object> attributes) {
}
