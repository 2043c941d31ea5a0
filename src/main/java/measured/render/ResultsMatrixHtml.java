package measured.render;

import measured.measure.Measurement;
import measured.measure.MeasuredNumber;
import measured.outcome.Outcome;
import measured.verify.ClaimState;
import measured.verify.VerifiedSample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The same measurement on the other machines of the results bundles, below the page's own result:
 * {@code <table class="results-matrix">} with one row per machine (its cores, CPU, OS and architecture, JDK and
 * date) and the median of every number the sample reports; a claim that does not apply on a machine says so.
 */
public final class ResultsMatrixHtml {

    private ResultsMatrixHtml() {
    }

    public static String render(VerifiedSample sample) {
        if (sample.elsewhere().isEmpty()) {
            return "";
        }
        List<String> labels = labels(sample);
        StringBuilder html = new StringBuilder("<div class=\"table-scroll\"><table class=\"results-matrix\"><caption>")
                .append("The same measurement on other machines (results bundles; medians)</caption><thead><tr>")
                .append("<th scope=\"col\">machine</th><th scope=\"col\">cores</th><th scope=\"col\">CPU, OS</th>")
                .append("<th scope=\"col\">JDK</th><th scope=\"col\">measured</th>");
        for (String label : labels) {
            html.append("<th scope=\"col\" class=\"num\">").append(HtmlEscape.text(label)).append("</th>");
        }
        html.append("<th scope=\"col\">claims</th></tr></thead><tbody>");
        for (VerifiedSample.Elsewhere other : sample.elsewhere()) {
            Outcome outcome = other.outcome();
            var machine = outcome.origin().machine();
            html.append("<tr><th scope=\"row\">").append(HtmlEscape.text(other.bundle())).append("</th><td>")
                    .append(machine.cores()).append(machine.knowsPhysicalCores() ? " (" + machine.physicalCores() + " physical)" : "")
                    .append("</td><td>").append(HtmlEscape.text((machine.cpu().isBlank() ? "" : machine.cpu() + ", ")
                            + machine.os() + " " + machine.arch()))
                    .append("</td><td>").append(HtmlEscape.text(outcome.origin().jdk())).append("</td><td><time datetime=\"")
                    .append(StampHtml.datetime(outcome.origin().measuredAt())).append("\">")
                    .append(StampHtml.shown(outcome.origin().measuredAt())).append("</time></td>");
            for (String label : labels) {
                Optional<MeasuredNumber> number = other.verdict().measurement().flatMap(m -> m.number(label));
                html.append("<td class=\"num\">").append(number.map(n -> HtmlEscape.text(n.formatWithUnit(n.median()))).orElse("–"))
                        .append("</td>");
            }
            html.append("<td>").append(HtmlEscape.text(claims(other))).append("</td></tr>");
        }
        return html.append("</tbody></table></div>\n").toString();
    }

    /** The labels of the page's own result, then any other machine reports besides. */
    private static List<String> labels(VerifiedSample sample) {
        Set<String> labels = new LinkedHashSet<>();
        sample.verdict().measurement().ifPresent(m -> m.numbers().forEach(n -> labels.add(n.label())));
        for (VerifiedSample.Elsewhere other : sample.elsewhere()) {
            other.verdict().measurement().map(Measurement::numbers).orElse(List.of()).forEach(n -> labels.add(n.label()));
        }
        return new ArrayList<>(labels);
    }

    private static String claims(VerifiedSample.Elsewhere other) {
        long held = other.verdict().claims().stream().filter(c -> c.state() == ClaimState.HELD).count();
        long notApplicable = other.verdict().claims().stream().filter(c -> c.state() == ClaimState.NOT_APPLICABLE).count();
        long failed = other.verdict().claims().stream().filter(c -> c.state() == ClaimState.FAILED).count();
        List<String> parts = new ArrayList<>();
        if (held > 0) {
            parts.add(held + " held");
        }
        if (notApplicable > 0) {
            parts.add(notApplicable + " not applicable");
        }
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
