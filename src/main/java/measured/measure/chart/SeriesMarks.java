package measured.measure.chart;

import java.util.List;

import measured.measure.ChartData;
import measured.measure.ChartKind;

/**
 * The data, a group per series whose {@code color} is its palette colour and whose shapes paint in
 * {@code currentColor}, so that CSS can recolour a series by its {@code chart-sN} class. A category's bars
 * stand side by side; a line has a marker at each point, shaped by series so they differ in more than colour.
 */
record SeriesMarks(ChartData data, Plot plot) {

    /** Distinct hues, each at least 3.5:1 against white and against a near-black page: one SVG for both themes. */
    static final List<String> COLOURS = List.of("#2e86de", "#ca6702", "#3d9970", "#a66cc9", // blue, orange, green, purple
            "#d1495b", "#008c8c", "#aa7700", "#738000"); // red, teal, ochre, olive
    private static final List<String> MARKERS = List.of("m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0Z", "m-3.5-3.5h7v7h-7Z",
            "m0-5l5 5-5 5-5-5Z", "m0-5l4.5 8h-9Z");
    /** The share of a category's slot its bars fill; the rest keeps the categories apart. */
    private static final double BARS = 0.8;

    void draw(StringBuilder svg) {
        int count = data.series().size();
        double bar = (plot.right() - plot.left()) / data.xLabels().size() * BARS / count;
        for (int s = 0; s < count; s++) {
            List<Double> values = data.series().get(s).values();
            StringBuilder line = new StringBuilder();
            StringBuilder markers = new StringBuilder();
            svg.append(group("chart-series", data, s));
            for (int i = 0; i < values.size(); i++) {
                double y = plot.y(values.get(i));
                double x = data.kind() == ChartKind.BAR ? plot.x(i) + (s - count / 2.0) * bar : plot.x(data.xValues().get(i));
                line.append(ChartSvg.format(i == 0 ? "M%s %s" : "L%s %s", x, y));
                markers.append(marker(s, x, y));
                if (data.kind() == ChartKind.BAR) { // a hairline apart, so neighbours of any colour stay two bars
                    svg.append(ChartSvg.format("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>", x, Math.min(y, plot.y(0)),
                            bar - (count > 1 ? 1 : 0), Math.abs(plot.y(0) - y)));
                }
            }
            svg.append(data.kind() == ChartKind.BAR ? "" : ChartSvg.format("""
                    <path class="chart-line" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" \
                    d="%s"/><path class="chart-marker" d="%s"/>""", line, markers)).append("</g>");
        }
    }

    /** The opening tag of series {@code s}'s group, in the plot or in the legend; the palette repeats after eight. */
    static String group(String cssClass, ChartData data, int s) {
        return ChartSvg.format("<g class=\"%s chart-s%d\" data-series=\"%s\" color=\"%s\" fill=\"currentColor\">", cssClass,
                s + 1, ChartSvg.escape(data.series().get(s).name()), COLOURS.get(s % COLOURS.size()));
    }

    /** A marker centred on a point, as path data: a circle, square, diamond or triangle by series. */
    static String marker(int s, double x, double y) {
        return ChartSvg.format("M%s %s", x, y) + MARKERS.get(s % MARKERS.size());
    }
}
