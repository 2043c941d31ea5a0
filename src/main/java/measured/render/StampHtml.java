package measured.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

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
        return outcome.didNotCompile()
                ? line("Compiled", outcome.origin(), "")
                : line("Measured", outcome.origin(), " in " + DurationText.format(outcome.wallTime()));
    }

    /** A {@code <time datetime>} value: whole seconds, since HTML allows at most three digits of a fraction. */
    public static String datetime(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The day and minute a result was measured, as a reader sees it: {@code 2026-12-04 10:15 UTC}. */
    public static String shown(Instant at) {
        return SHOWN.format(at);
    }

    private static String line(String verb, Origin origin, String duration) {
        Machine machine = origin.machine();
        StringBuilder html = new StringBuilder("<p class=\"stamp\">").append(verb).append(" <time datetime=\"")
                .append(datetime(origin.measuredAt())).append("\">").append(shown(origin.measuredAt())).append("</time>")
                .append(duration).append(" on ")
                .append(HtmlEscape.text(origin.jdk())).append(", ")
                .append(machine.cores()).append(machine.cores() == 1 ? " core, " : " cores, ")
                .append(HtmlEscape.text(machine.os())).append(' ').append(HtmlEscape.text(machine.arch()));
        if (origin.fromCache()) {
            html.append(" <span class=\"stamp-cached\">(from the cache)</span>");
        }
        return html.append("</p>").toString();
    }
}
