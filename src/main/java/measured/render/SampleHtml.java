package measured.render;

import measured.measure.MeasuredTable;
import measured.measure.chart.ChartSvg;
import measured.outcome.Outcome;
import measured.run.SampleRequest;
import measured.site.SiteLayout;
import measured.verify.VerifiedSample;

import java.util.List;

/**
 * The HTML under a sample's source: how to run it (java, JBang, download), what the shown run printed,
 * its result tables, for a measurement the statistics over its runs, the chart, and the run's stamp.
 */
public final class SampleHtml {

    private SampleHtml() {
    }

    /**
     * @param rootPath the relative path from the page to the site root ("../")
     * @param siteHost the published base URL, for the JBang command
     * @param chartId  an id prefix unique on the page, for the chart's title and description
     */
    public static String render(VerifiedSample sample, String rootPath, String siteHost, String chartId) {
        Outcome outcome = sample.outcome();
        StringBuilder html = new StringBuilder("<div class=\"run\">\n");
        commands(html, sample.use().request(), outcome.preview(), rootPath, siteHost);
        if (outcome.isMeasurement() && !outcome.didNotCompile()) {
            // The run shown is the one of median wall time; every number elsewhere is a per-number median,
            // so a ratio printed in this run can differ from the one the claims and the prose quote.
            html.append("<p class=\"run-note\">Output of the median run by wall time (of ").append(outcome.runs().size())
                    .append("; each number in the table below, in the claims and in the text is the median of its own,"
                            + " so it can differ from this run's):</p>\n");
        }
        html.append(OutputHtml.render(outcome.representative())).append('\n');
        if (outcome.isMeasurement()) {
            sample.verdict().measurement().ifPresent(m -> html.append(StatisticsHtml.render(m, outcome.warmUps())).append('\n'));
        }
        for (MeasuredTable table : sample.tables()) {
            html.append(TableHtml.render(table)).append('\n');
        }
        sample.chart().ifPresent(chart -> html.append("<figure class=\"chart-figure\">")
                .append(ChartSvg.render(chart, chartId)).append("</figure>\n"));
        html.append(ClaimsHtml.render(sample.verdict().claims())).append('\n');
        html.append(StampHtml.render(outcome)).append('\n');
        html.append(ResultsMatrixHtml.render(sample));
        return html.append("</div>\n").toString();
    }

    private static void commands(StringBuilder html, SampleRequest request, boolean preview, String rootPath, String siteHost) {
        String target = request.samplePath();
        String published = SiteLayout.publishedSample(target);
        String args = request.args().isEmpty() ? "" : " " + String.join(" ", request.args());
        // Since JDK 23 the source launcher takes --enable-preview without --source (JDK-8323605).
        // The source launcher passes --add-exports on to its compiler as well as to the run.
        String options = String.join("", request.dependencies().runOptions().stream().map(o -> o + " ").toList());
        String java = "java " + (preview ? "--enable-preview " : "") + options + published + args;
        String jbang = "jbang " + (preview ? "--enable-preview " : "") + siteHost + "/" + published + args;
        if (!request.hasDependencies()) {
            html.append("<p class=\"run-command\"><span class=\"run-label\">Run it:</span> <code>")
                    .append(HtmlEscape.text(java)).append("</code></p>\n");
        }
        // JBang reads the //DEPS and //SOURCES lines, fetching the dependencies and the other files (published
        // beside the sample); plain java cannot run such a sample.
        html.append("<p class=\"run-command run-jbang\"><span class=\"run-label\">")
                .append(request.hasDependencies() ? "Run it with JBang:" : "Or with JBang:").append("</span> <code>")
                .append(HtmlEscape.text(jbang)).append("</code></p>\n")
                .append("<p class=\"sample-links\">");
        download(html, rootPath, target, "Download ");
        List<String> others = request.dependencies().sources();
        for (int i = 0; i < others.size(); i++) {
            html.append(i == 0 ? " and the file" + (others.size() == 1 ? "" : "s") + " it compiles with, " : ", ");
            download(html, rootPath, others.get(i), "");
        }
        html.append("</p>\n");
    }

    private static void download(StringBuilder html, String rootPath, String samplePath, String verb) {
        html.append("<a class=\"sample-download\" href=\"")
                .append(HtmlEscape.text(rootPath + SiteLayout.publishedSample(samplePath))).append("\" download>").append(verb)
                .append(HtmlEscape.text(samplePath.substring(samplePath.lastIndexOf('/') + 1))).append("</a>");
    }
}
