package measured.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import measured.outcome.Machine;
import measured.outcome.Origin;
import measured.outcome.Outcome;

/**
 * The line under every result that says when and on what it was measured, as {@code <p class="stamp">}
 * with a machine-readable {@code <time datetime>}; a result from the cache says so. A sample shown with
 * its compiler errors gets the same line, saying when and by which JDK it was compiled. The wall time is
 * the outcome's median.
 */
public final class StampHtml {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private StampHtml() {
    }

    public static String render(Outcome outcome) {
        if (outcome.didNotCompile()) {
            return line("Compiled", outcome.origin(), "", "");
        }
        String load = outcome.otherLoad().map(cores -> "; other load during the run "
                + String.format(Locale.ROOT, "%.2f", cores) + (cores == 1.0 ? " core" : " cores")).orElse("");
        String attempts = outcome.attempts() > 1 ? "; attempt " + outcome.attempts() : "";
        return line("Measured", outcome.origin(), " in " + DurationText.format(outcome.wallTime()), load + attempts);
    }

    /** A {@code <time datetime>} value: whole seconds, since HTML allows at most three digits of a fraction. */
    public static String datetime(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The day and minute a result was measured, as a reader sees it: {@code 2026-12-04 10:15 UTC}. */
    public static String shown(Instant at) {
        return SHOWN.format(at);
    }

    /** "2 cores (2 physical), AMD EPYC, Linux 6.1 amd64": what a reader compares with their own machine. */
    public static String machine(Machine machine) {
        StringBuilder text = new StringBuilder().append(machine.cores()).append(machine.cores() == 1 ? " core" : " cores");
        if (machine.knowsPhysicalCores()) {
            text.append(" (").append(machine.physicalCores()).append(" physical)");
        }
        if (machine.hasCpuQuota()) {
            text.append(" with a CPU quota of ").append(String.format(Locale.ROOT, "%.2f", machine.cpuQuota())).append(" cores");
        }
        if (!machine.cpu().isBlank()) {
            text.append(", ").append(machine.cpu());
        }
        return text.append(", ").append(machine.os()).append(' ').append(machine.arch()).toString();
    }

    private static String line(String verb, Origin origin, String duration, String conditions) {
        StringBuilder html = new StringBuilder("<p class=\"stamp\">").append(verb).append(" <time datetime=\"")
                .append(datetime(origin.measuredAt())).append("\">").append(shown(origin.measuredAt())).append("</time>")
                .append(duration).append(" on ")
                .append(HtmlEscape.text(origin.jdk())).append(", ")
                .append(HtmlEscape.text(machine(origin.machine()))).append(HtmlEscape.text(conditions));
        if (origin.fromBundle()) {
            html.append(" <span class=\"stamp-cached\">(recorded in the results bundle ").append(HtmlEscape.text(origin.bundle()))
                    .append(")</span>");
        } else if (origin.fromCache()) {
            html.append(" <span class=\"stamp-cached\">(from the cache)</span>");
        }
        return html.append("</p>").toString();
    }
}
