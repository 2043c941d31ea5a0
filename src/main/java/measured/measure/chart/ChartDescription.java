package measured.measure.chart;

import java.util.List;
import java.util.stream.IntStream;

import measured.measure.ChartData;
import measured.measure.ChartKind;
import measured.measure.ChartSeries;

/**
 * The text alternative of a chart, for its {@code <desc>}: the kind, the x axis, and for each series every
 * value when there are few (a screen reader then gets the whole table), else its range. A bar chart's
 * categories are always named in full, since the chart may have had to shorten them.
 */
final class ChartDescription {

    private ChartDescription() {
    }

    static String of(ChartData data) {
        List<String> labels = data.xLabels();
        // Labels with commas in them ("platform, 1 frame deep") are told apart by semicolons.
        String and = labels.stream().anyMatch(label -> label.contains(",")) ? "; " : ", ";
        boolean listed = labels.size() <= 12; // more would be a long wait for a listener
        StringBuilder text = new StringBuilder(data.kind() == ChartKind.BAR ? "Bar" : "Line").append(" chart of ")
                .append(data.series().size()).append(" series over ").append(labels.size()).append(" values of ")
                .append(data.xTitle()).append(listed || data.kind() == ChartKind.BAR ? " (" + String.join(and, labels) + ")" : "")
                .append("; y axis: ").append(data.yTitle()).append('.');
        for (ChartSeries series : data.series()) {
            List<String> values = IntStream.range(0, labels.size())
                    .mapToObj(i -> series.style().format(series.values().get(i)) + " at " + labels.get(i)).toList();
            text.append(' ').append(series.name()).append(": ").append(listed ? String.join(and, values) : "from "
                    + values.get(series.values().indexOf(series.range().min())) + " to "
                    + values.get(series.values().indexOf(series.range().max()))).append('.');
        }
        return text.toString();
    }
}
