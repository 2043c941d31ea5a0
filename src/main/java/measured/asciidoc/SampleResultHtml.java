package measured.asciidoc;

import measured.measure.ChartData;
import measured.measure.Measurement;
import measured.measure.MeasuredTable;
import measured.measure.Stamp;
import measured.measure.chart.ChartSvg;
import measured.render.HtmlEscape;
import measured.render.OutputHtml;
import measured.render.StampHtml;
import measured.render.StatisticsHtml;
import measured.render.TableHtml;
import measured.run.RunOrigin;
import measured.run.SampleResult;
import measured.run.process.ProcessRun;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The HTML under a sample's source: how to run it (java, JBang, download), what the shown run printed,
 * its result tables, for a measurement the statistics over its runs, the chart, and the run's stamp.
 */
final class SampleResultHtml {

    private SampleResultHtml() {
    }

    /** What a verified run gives the page; tables are the measured medians for a measurement. */
    record Shown(SampleResult result, Optional<Measurement> measurement, List<MeasuredTable> tables,
                 Optional<ChartData> chart, String chartId) {
    }

    static String render(String target, Shown shown, String rootPath, String siteHost) {
        SampleResult result = shown.result();
        StringBuilder html = new StringBuilder("<div class=\"run\">\n");
        commands(html, target, result, rootPath, siteHost);
        if (result.compileErrors().isPresent()) {
            html.append(OutputHtml.render(result.compileErrors().get(), 0)).append('\n');
            html.append(StampHtml.renderCompilation(stamp(result.origin(), Duration.ZERO))).append('\n');
            return html.append("</div>\n").toString();
        }
        ProcessRun run = shown.measurement().map(Measurement::representative).orElseGet(() -> result.shownRun().orElseThrow());
        if (shown.measurement().isPresent()) {
            html.append("<p class=\"run-note\">Output of the median run:</p>\n");
        }
        html.append(OutputHtml.render(run)).append('\n');
        if (run.threadDump() != null) {
            html.append("<details class=\"thread-dump\"><summary>Thread dump taken before the run was stopped</summary>")
                    .append(OutputHtml.threadDump(run.threadDump())).append("</details>\n");
        }
        shown.measurement().ifPresent(m -> html.append(StatisticsHtml.render(m, 1)).append('\n'));
        for (MeasuredTable table : shown.tables()) {
            html.append(TableHtml.render(table)).append('\n');
        }
        shown.chart().ifPresent(chart -> html.append("<figure class=\"chart-figure\">")
                .append(ChartSvg.render(chart, shown.chartId())).append("</figure>\n"));
        Duration wall = shown.measurement().map(m -> Duration.ofNanos((long) (m.wallTime().median() * 1e9)))
                .orElse(run.wallTime());
        html.append(StampHtml.render(stamp(result.origin(), wall))).append('\n');
        return html.append("</div>\n").toString();
    }

    private static void commands(StringBuilder html, String target, SampleResult result, String rootPath, String siteHost) {
        String args = result.request().args().isEmpty() ? "" : " " + String.join(" ", result.request().args());
        String java = "java " + (result.preview() ? "--enable-preview --source 25 " : "") + "samples/" + target + args;
        String jbang = "jbang " + (result.preview() ? "--enable-preview " : "") + siteHost + "/samples/" + target + args;
        String file = target.substring(target.lastIndexOf('/') + 1);
        html.append("<p class=\"run-command\"><span class=\"run-label\">Run it:</span> <code>")
                .append(HtmlEscape.text(java)).append("</code></p>\n")
                .append("<p class=\"run-command run-jbang\"><span class=\"run-label\">Or with JBang:</span> <code>")
                .append(HtmlEscape.text(jbang)).append("</code></p>\n")
                .append("<p class=\"sample-links\"><a class=\"sample-download\" href=\"")
                .append(HtmlEscape.text(rootPath + "samples/" + target)).append("\" download>Download ")
                .append(HtmlEscape.text(file)).append("</a></p>\n");
    }

    private static Stamp stamp(RunOrigin origin, Duration wall) {
        return new Stamp(origin.measuredAt(), wall, origin.jdk(), origin.cores(), origin.os(), origin.arch(), origin.fromCache());
    }
}
