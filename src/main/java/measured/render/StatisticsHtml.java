package measured.render;

import measured.measure.MeasuredNumber;
import measured.measure.Measurement;

/**
 * The statistics of a measurement as {@code <table class="run-stats">}: one row for the wall time and
 * one per reported number, with median, min, max and unit, captioned with the runs and warm-ups.
 */
public final class StatisticsHtml {

    private StatisticsHtml() {
    }

    /** @param warmUps the runs made before the counted ones and left out of the statistics */
    public static String render(Measurement measurement, int warmUps) {
        StringBuilder html = new StringBuilder("<table class=\"run-stats\"><caption>")
                .append(caption(measurement.n(), warmUps)).append("</caption><thead><tr><th scope=\"col\">measured</th>")
                .append("<th scope=\"col\" class=\"num\">median</th><th scope=\"col\" class=\"num\">min</th>")
                .append("<th scope=\"col\" class=\"num\">max</th><th scope=\"col\">unit</th></tr></thead><tbody>");
        row(html, measurement.wallTime());
        measurement.numbers().forEach(number -> row(html, number));
        return html.append("</tbody></table>").toString();
    }

    static String caption(int runs, int warmUps) {
        String counted = runs + (runs == 1 ? " run" : " runs");
        return switch (warmUps) {
            case 0 -> counted + ", no warm-up";
            case 1 -> counted + " after 1 warm-up";
            default -> counted + " after " + warmUps + " warm-ups";
        };
    }

    private static void row(StringBuilder html, MeasuredNumber number) {
        html.append("<tr><th scope=\"row\">").append(HtmlEscape.text(number.label())).append("</th>")
                .append(cell(number.format(number.median())))
                .append(cell(number.format(number.stats().min())))
                .append(cell(number.format(number.stats().max())))
                .append("<td>").append(HtmlEscape.text(number.unit())).append("</td></tr>");
    }

    private static String cell(String value) {
        return "<td class=\"num\">" + HtmlEscape.text(value) + "</td>";
    }
}
