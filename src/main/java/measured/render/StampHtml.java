package measured.render;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import measured.measure.Stamp;

/**
 * The line under every result that says when and on what it was measured, as {@code <p class="stamp">}
 * with a machine-readable {@code <time datetime>}; a result from the cache says so.
 */
public final class StampHtml {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private StampHtml() {
    }

    public static String render(Stamp stamp) {
        String iso = DateTimeFormatter.ISO_INSTANT.format(stamp.measuredAt().truncatedTo(ChronoUnit.SECONDS));
        StringBuilder html = new StringBuilder("<p class=\"stamp\">Measured <time datetime=\"").append(iso).append("\">")
                .append(SHOWN.format(stamp.measuredAt())).append("</time> in ")
                .append(DurationText.format(stamp.wallTime())).append(" on ")
                .append(HtmlEscape.text(stamp.jdk())).append(", ")
                .append(stamp.cores()).append(stamp.cores() == 1 ? " core, " : " cores, ")
                .append(HtmlEscape.text(stamp.os())).append(' ').append(HtmlEscape.text(stamp.arch()));
        if (stamp.fromCache()) {
            html.append(" <span class=\"stamp-cached\">(from the cache)</span>");
        }
        return html.append("</p>").toString();
    }
}
