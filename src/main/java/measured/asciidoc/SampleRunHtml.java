package measured.asciidoc;

import measured.run.RunOrigin;
import measured.run.SampleResult;
import measured.run.process.ProcessRun;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The HTML under a sample's source: how to run it, what the run printed, and the run's stamp. */
final class SampleRunHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SampleRunHtml() {
    }

    static String render(String target, SampleResult result, Map<String, Object> attributes) {
        StringBuilder html = new StringBuilder();
        String command = "java " + (result.preview() ? "--enable-preview --source 25 " : "") + "samples/" + target
                + (result.request().args().isEmpty() ? "" : " " + String.join(" ", result.request().args()));
        html.append("<div class=\"run\">\n");
        html.append("<p class=\"run-command\"><span class=\"run-label\">Run it:</span> <code>")
                .append(Html.escape(command)).append("</code></p>\n");
        if (result.compileErrors().isPresent()) {
            html.append("<pre class=\"output output-failed\">").append(Html.escape(result.compileErrors().get())).append("</pre>\n");
        } else {
            ProcessRun shown = result.shownRun().orElseThrow();
            html.append("<pre class=\"output\">").append(Html.escape(shown.output()));
            if (shown.droppedChars() > 0) {
                html.append("\n<span class=\"output-cut\">… ").append(String.format("%,d", shown.droppedChars()))
                        .append(" more characters cut</span>");
            }
            html.append("</pre>\n");
            if (shown.threadDump() != null) {
                html.append("<details class=\"thread-dump\"><summary>Thread dump taken before the run was stopped</summary><pre class=\"output\">")
                        .append(Html.escape(shown.threadDump())).append("</pre></details>\n");
            }
            html.append(stamp(shown, result.origin()));
        }
        html.append("</div>\n");
        return html.toString();
    }

    private static String stamp(ProcessRun run, RunOrigin origin) {
        return "<p class=\"stamp\">Ran in " + String.format("%.2f s", run.wallTime().toNanos() / 1e9)
                + " on <time datetime=\"" + origin.measuredAt() + "\">" + DAY.format(origin.measuredAt()) + "</time>"
                + " · " + Html.escape(origin.jdk()) + " · " + origin.cores() + " cores · "
                + Html.escape(origin.os() + " " + origin.arch()) + "</p>\n";
    }
}
