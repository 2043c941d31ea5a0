package measured.render;

import java.util.List;
import java.util.Locale;

/**
 * The sample catalog: every sample and JShell session the site shows, slowest first, with its page, wall
 * time, when it was measured and whether this bake took it from the cache.
 */
public final class CatalogHtml {

    /** One row: what ran, on which page (title and path from the site root), how long, when, whether cached. */
    public record Row(String what, String pageTitle, String pageUri, String kind, double seconds,
                      java.time.Instant measuredAt, boolean fromCache) {
    }

    private CatalogHtml() {
    }

    /** @param rootPath the relative path from the catalog page to the site root */
    public static String render(List<Row> rows, String rootPath) {
        long fresh = rows.stream().filter(r -> !r.fromCache()).count();
        StringBuilder html = new StringBuilder("<p class=\"catalog-summary\">").append(rows.size())
                .append(" runs on this site: ").append(fresh).append(" measured by this build, ").append(rows.size() - fresh)
                .append(" taken from the result cache (each with the date it was measured). The same data is in <a href=\"")
                .append(rootPath).append("samples-report.json\">samples-report.json</a>.</p>\n")
                .append("<div class=\"table-scroll\">\n<table class=\"catalog\">\n")
                .append("<caption>Every sample and JShell session, slowest first</caption>\n")
                .append("<thead><tr><th scope=\"col\">sample</th><th scope=\"col\">page</th><th scope=\"col\">kind</th>")
                .append("<th scope=\"col\" class=\"num\">wall time (s)</th><th scope=\"col\">measured</th>")
                .append("<th scope=\"col\">result</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            html.append("<tr><td><code>").append(HtmlEscape.text(row.what())).append("</code></td><td><a href=\"")
                    .append(HtmlEscape.text(rootPath + row.pageUri())).append("\">").append(HtmlEscape.text(row.pageTitle()))
                    .append("</a></td><td>").append(row.kind()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f", row.seconds())).append("</td><td><time datetime=\"")
                    .append(StampHtml.datetime(row.measuredAt())).append("\">").append(StampHtml.shown(row.measuredAt()))
                    .append("</time></td><td>").append(row.fromCache() ? "cached" : "fresh").append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</div>").toString();
    }
}
