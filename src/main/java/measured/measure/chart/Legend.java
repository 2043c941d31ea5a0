package measured.measure.chart;

import java.util.List;

import measured.measure.ChartData;
import measured.measure.ChartKind;

/**
 * The key to two or more series, under the chart: a swatch (a bar's square, or a line with its marker) and
 * the name of each, in as many equal columns as fit and centred rows.
 */
record Legend(List<String> names, int columns, double column) {

    private static final double ROW = 20;

    static Legend of(ChartData data) {
        List<String> names = data.series().size() < 2 ? List.of()
                : data.series().stream().map(s -> Font.TICK.shorten(s.name(), Plot.WIDTH / 2)).toList();
        double column = 42 + names.stream().mapToDouble(Font.TICK::width).max().orElse(0);
        return new Legend(names, Math.max(1, (int) ((Plot.WIDTH - 16) / column)), column);
    }

    double height() {
        return Math.ceilDiv(names.size(), columns) * ROW;
    }

    void draw(StringBuilder svg, ChartData data) {
        svg.append(names.isEmpty() ? "" : "<g class=\"chart-legend\">");
        for (int s = 0; s < names.size(); s++) {
            int inRow = Math.min(columns, names.size() - s / columns * columns);
            double x = (Plot.WIDTH - inRow * column + 18) / 2 + s % columns * column;
            double y = Plot.HEIGHT - height() + s / columns * ROW + 8;
            svg.append(SeriesMarks.group("chart-key", data, s)).append(data.kind() == ChartKind.BAR
                    ? ChartSvg.format("<rect x=\"%s\" y=\"%s\" width=\"12\" height=\"12\"/>", x + 4, y - 6)
                    : ChartSvg.format("<path fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" d=\"M%s %sh18\"/>"
                            + "<path d=\"%s\"/>", x, y, SeriesMarks.marker(s, x + 9, y)));
            svg.append("</g>").append(ChartSvg.text("chart-legend-text", x + 24, y + 4, "start", Font.TICK, names.get(s)));
        }
        svg.append(names.isEmpty() ? "" : "</g>");
    }
}
