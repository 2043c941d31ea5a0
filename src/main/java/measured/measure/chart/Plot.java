package measured.measure.chart;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.IntStream;

import measured.measure.ChartData;
import measured.measure.ChartKind;

/**
 * The plot: where it lies in the 600 × 360 chart, how values map onto it, and the frame drawn around it. The
 * margins leave room for the title, the y axis title above the plot, tick labels (x labels in up to two lines)
 * and the legend.
 */
record Plot(double left, double top, double right, double bottom, Axis x, Axis y, List<List<String>> xLabelLines) {

    static final double WIDTH = 600;
    static final double HEIGHT = 360;
    static final double LINE = 14;

    double x(double value) {
        return left + x.fraction(value) * (right - left);
    }

    double y(double value) {
        return bottom - y.fraction(value) * (bottom - top);
    }

    static Plot of(ChartData data, double legendHeight) {
        DoubleSummaryStatistics values = data.series().stream().flatMap(s -> s.values().stream())
                .mapToDouble(Double::doubleValue).summaryStatistics();
        int decimals = data.series().stream().mapToInt(s -> s.style().decimals()).max().orElseThrow();
        boolean grouped = data.series().stream().anyMatch(s -> s.style().grouped());
        // A tick per 24 px or so of the plot (as if x labels took two lines), and zero in view: bar lengths, and a
        // line's height above the axis, then read as the quantities they are.
        int intervals = Math.max(2, (int) ((HEIGHT - legendHeight - 122) / 24));
        Axis y = Axis.nice(Math.min(0, values.getMin()), Math.max(0, values.getMax()), intervals, decimals, true, grouped);
        double left = 16 + widest(y.labels());
        List<Double> slots = IntStream.range(0, data.xLabels().size()).mapToObj(i -> (double) i).toList();
        Axis x = data.kind() == ChartKind.BAR ? new Axis(-0.5, slots.size() - 0.5, slots, data.xLabels())
                : lineAxis(data, WIDTH - 20 - left);
        // A line's first and last tick labels stand centred on the plot's edges: room for half of them.
        double right = WIDTH - (data.kind() == ChartKind.BAR ? 20 : Math.max(20, widest(x.labels()) / 2 + 4));
        double slot = (right - left) / Math.max(1, x.ticks().size()) - 8;
        List<List<String>> lines = x.labels().stream().map(label -> Font.TICK.wrap(label, slot)).toList();
        int rows = lines.stream().mapToInt(List::size).max().orElse(1);
        return new Plot(left, 60, right, HEIGHT - legendHeight - 34 - rows * LINE, x, y, lines);
    }

    /**
     * Draws everything around the data, in {@code currentColor} to follow the page's theme: the title, faint
     * gridlines, axis lines, tick labels and axis titles (cut to the chart's width: the SVG's title and description
     * have them in full). The y axis title stands above the plot, where a long one reads across, not off the axis.
     */
    void drawFrame(StringBuilder svg, ChartData data) {
        StringBuilder grid = new StringBuilder();
        y.ticks().forEach(v -> grid.append(ChartSvg.format("M%s %sH%s", left, y(v), right)));
        if (data.kind() == ChartKind.LINE) { // between bars, vertical lines would only cut through them
            x.ticks().forEach(v -> grid.append(ChartSvg.format("M%s %sV%s", x(v), top, bottom)));
        }
        svg.append(ChartSvg.format("""
                <path class="chart-grid" fill="none" stroke="currentColor" stroke-opacity="0.15" d="%s"/>\
                <path class="chart-axes" fill="none" stroke="currentColor" stroke-opacity="0.6" d="M%s %sV%sH%s"/>\
                <text class="chart-title" x="300" y="24" text-anchor="middle" font-size="16" font-weight="bold">%s\
                </text>""", grid, left, top, bottom, right, ChartSvg.escape(Font.TITLE.shorten(data.title(), WIDTH - 16))));
        svg.append(axisTitle(8, 46, "start", data.yTitle()));
        for (int i = 0; i < y.ticks().size(); i++) {
            svg.append(ChartSvg.text("chart-tick chart-tick-y", left - 6, y(y.ticks().get(i)) + 4, "end", Font.TICK,
                    y.labels().get(i)));
        }
        for (int i = 0; i < x.ticks().size(); i++) {
            for (int line = 0; line < xLabelLines.get(i).size(); line++) {
                svg.append(ChartSvg.text("chart-tick chart-tick-x", x(x.ticks().get(i)), bottom + 16 + line * LINE, "middle",
                        Font.TICK, xLabelLines.get(i).get(line)));
            }
        }
        double below = bottom + 24 + xLabelLines.stream().mapToInt(List::size).max().orElse(1) * LINE;
        svg.append(axisTitle((left + right) / 2, below, "middle", data.xTitle()));
    }

    private static String axisTitle(double x, double y, String anchor, String title) {
        return ChartSvg.text("chart-axis-title", x, y, anchor, Font.AXIS_TITLE, Font.AXIS_TITLE.shorten(title, WIDTH - 16));
    }

    /**
     * The data's own x values as ticks when they are few and their labels do not crowd each other (thread
     * counts 1, 2, 4, 8), else round ticks: whole ones when every x is whole, as there are no 1.5 threads.
     */
    private static Axis lineAxis(ChartData data, double width) {
        List<Double> xs = data.xValues();
        DoubleSummaryStatistics range = xs.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        Axis own = new Axis(range.getMin(), range.getMax(), xs, data.xLabels()).padded();
        double closest = IntStream.range(1, xs.size()).mapToDouble(i -> Math.abs(xs.get(i) - xs.get(i - 1))).min().orElse(1);
        boolean fits = xs.size() <= 10 && own.fraction(own.lo() + closest) * width >= widest(data.xLabels()) + 8;
        boolean whole = xs.stream().allMatch(v -> v == Math.rint(v));
        boolean grouped = data.xLabels().stream().anyMatch(label -> label.contains(","));
        return fits ? own : Axis.nice(range.getMin(), range.getMax(), 8, whole ? 0 : 6, false, grouped).padded();
    }

    private static double widest(List<String> labels) {
        return labels.stream().mapToDouble(Font.TICK::width).max().orElse(0);
    }
}
