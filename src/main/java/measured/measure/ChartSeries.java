package measured.measure;

import java.util.List;

/** One column of a result table drawn as a chart series: its header, its values top to bottom, their style. */
public record ChartSeries(String name, List<Double> values, NumberStyle style) {

    public ChartSeries {
        values = List.copyOf(values);
    }

    public Statistics range() {
        return Statistics.of(values);
    }
}
