package measured.measure.chart;

import java.util.ArrayList;
import java.util.List;

import measured.measure.ChartData;
import measured.measure.ChartKind;
import measured.measure.ChartSeries;
import measured.measure.Statistics;

/**
 * The text alternative of a chart, for its {@code <desc>}: the kind, the x axis, and for each series
 * every value when there are few (a screen reader then gets the whole table), else its range.
 */
final class ChartDescription {

    /** Up to this many points a series is read out in full. */
    static final int LISTED_POINTS = 12;

    private ChartDescription() {
    }

    static String of(ChartData data) {
        List<String> sentences = new ArrayList<>();
        int points = data.xLabels().size();
        String kind = data.kind() == ChartKind.BAR ? "Bar chart" : "Line chart";
        sentences.add(kind + " of " + data.series().size() + " series over " + points + " values of "
                + data.xTitle() + (points <= LISTED_POINTS ? " (" + String.join(", ", data.xLabels()) + ")" : "")
                + "; y axis: " + data.yTitle() + ".");
        for (ChartSeries series : data.series()) {
            sentences.add(series.name() + ": " + (points <= LISTED_POINTS ? listed(data, series) : range(data, series)) + ".");
        }
        return String.join(" ", sentences);
    }

    private static String listed(ChartData data, ChartSeries series) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < series.values().size(); i++) {
            values.add(series.style().format(series.values().get(i)) + " at " + data.xLabels().get(i));
        }
        return String.join(", ", values);
    }

    private static String range(ChartData data, ChartSeries series) {
        Statistics range = series.range();
        return "from " + series.style().format(range.min()) + " (at " + data.xLabels().get(series.values().indexOf(range.min()))
                + ") to " + series.style().format(range.max()) + " (at " + data.xLabels().get(series.values().indexOf(range.max()))
                + ")";
    }
}
