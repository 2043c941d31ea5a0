package measured.measure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chart draws, checked and ready: its kind and title, the x axis (the first column: its header,
 * its cells as labels, and for a line chart their values), the y axis title, and one series per chosen
 * column.
 */
public record ChartData(
        ChartKind kind,
        String title,
        String xTitle,
        List<String> xLabels,
        List<Double> xValues,
        String yTitle,
        List<ChartSeries> series) {

    private static final Pattern UNIT_SUFFIX = Pattern.compile(".*\\(([^()]+)\\)\\s*");

    public ChartData {
        xLabels = List.copyOf(xLabels);
        xValues = List.copyOf(xValues);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a series");
        }
    }

    /**
     * The y axis title for these series: the header of a single series; the shared unit of several whose
     * headers end in the same {@code (unit)}; otherwise the headers joined.
     */
    public static String yTitleFor(List<String> seriesNames) {
        if (seriesNames.size() == 1) {
            return seriesNames.getFirst();
        }
        String unit = null;
        for (String name : seriesNames) {
            Matcher m = UNIT_SUFFIX.matcher(name);
            String found = m.matches() ? m.group(1).strip() : null;
            if (found == null || (unit != null && !unit.equals(found))) {
                return String.join(", ", seriesNames);
            }
            unit = found;
        }
        return unit;
    }
}
