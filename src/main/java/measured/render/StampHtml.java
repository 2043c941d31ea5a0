package measured.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import measured.measure.Stamp;

/**
 * The line under every result that says when and on what it was measured, as {@code <p class="stamp">}
 * with a machine-readable {@code <time datetime>}; a result from the cache says so. A sample shown with
 * its compiler errors gets the same line, saying when and by which JDK it was compiled.
 */
public final class StampHtml {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private StampHtml() {
    }

    public static String render(Stamp stamp) {
        return line("Measured", stamp, " in " + DurationText.format(stamp.wallTime()));
    }

    /** For a sample shown with its compiler errors (expect=fail): nothing ran, so no wall time. */
    public static String renderCompilation(Stamp stamp) {
        return line("Compiled", stamp, "");
    }

    /** A {@code <time datetime>} value: whole seconds, since HTML allows at most three digits of a fraction. */
    public static String datetime(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String line(String verb, Stamp stamp, String duration) {
        StringBuilder html = new StringBuilder("<p class=\"stamp\">").append(verb).append(" <time datetime=\"")
                .append(datetime(stamp.measuredAt())).append("\">").append(SHOWN.format(stamp.measuredAt())).append("</time>")
                .append(duration).append(" on ")
                .append(HtmlEscape.text(stamp.jdk())).append(", ")
                .append(stamp.cores()).append(stamp.cores() == 1 ? " core, " : " cores, ")
                .append(HtmlEscape.text(stamp.os())).append(' ').append(HtmlEscape.text(stamp.arch()));
        if (stamp.fromCache()) {
            html.append(" <span class=\"stamp-cached\">(from the cache)</span>");
        }
        return html.append("</p>").toString();
    }
}
