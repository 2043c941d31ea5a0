package measured.render;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import measured.outcome.Origin;

/**
 * {@code samples-report.json}: the machine-readable record of every run the pages show, and how the bake
 * isolated them ({@code "isolation"}: the sandbox, or why there was none).
 */
public final class SamplesReport {

    /** One thing a page ran: which page, what, how long it took (the median), when and where, whether it passed. */
    public record Entry(String page, String what, boolean jshell, boolean measurement, boolean preview,
                        Duration wallTime, Origin origin, boolean verified) {
    }

    private SamplesReport() {
    }

    public static String json(String isolation, List<Entry> entries) {
        return "{\"isolation\": " + quoted(isolation) + ",\n\"runs\": " + runs(entries) + "}\n";
    }

    private static String runs(List<Entry> entries) {
        return entries.stream().map(e -> "  {\"page\": " + quoted(e.page())
                        + ", \"what\": " + quoted(e.what())
                        + ", \"jshell\": " + e.jshell()
                        + ", \"measurement\": " + e.measurement()
                        + ", \"preview\": " + e.preview()
                        + ", \"wallSeconds\": " + String.format(Locale.ROOT, "%.3f", e.wallTime().toNanos() / 1e9)
                        + ", \"measuredAt\": " + quoted(e.origin().measuredAt().toString())
                        + ", \"fromCache\": " + e.origin().fromCache()
                        + ", \"jdk\": " + quoted(e.origin().jdk())
                        + ", \"cores\": " + e.origin().machine().cores()
                        + ", \"physicalCores\": " + e.origin().machine().physicalCores()
                        + ", \"cpu\": " + quoted(e.origin().machine().cpu())
                        + ", \"os\": " + quoted(e.origin().machine().os() + " " + e.origin().machine().arch())
                        + ", \"verified\": " + e.verified() + "}")
                .collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
