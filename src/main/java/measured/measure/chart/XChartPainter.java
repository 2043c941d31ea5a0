package measured.measure.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import measured.measure.ChartData;
import measured.measure.ChartKind;
import measured.measure.ChartSeries;

/**
 * Lays a chart out with XChart (axes, ticks, bars, lines, legend) and paints it onto a recording canvas,
 * every part in its sentinel colour; returns what was painted and a recognizer for its texts.
 */
final class XChartPainter {

    static final int WIDTH = 600;
    static final int HEIGHT = 360;

    // Logical fonts: the page's own font replaces them in the browser; they only size the layout.
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    record Painting(List<Mark> marks, TextRecognizer texts) {
    }

    private XChartPainter() {
    }

    static Painting paint(ChartData data) {
        Set<String> xTicks = new LinkedHashSet<>();
        Set<String> yTicks = new LinkedHashSet<>();
        Chart<?, ?> chart = data.kind() == ChartKind.BAR ? bars(data) : lines(data);
        AxesChartStyler styler = (AxesChartStyler) chart.getStyler();
        style(styler, data);
        // Record every tick label XChart asks for: those are the strings its tick outlines can show.
        styler.setyAxisTickLabelsFormattingFunction(recording(yTicks));
        if (data.kind() == ChartKind.LINE) {
            styler.setxAxisTickLabelsFormattingFunction(recording(xTicks));
        } else {
            xTicks.addAll(data.xLabels());
        }

        RecordingCanvas canvas = new RecordingCanvas();
        chart.paint(canvas, WIDTH, HEIGHT);

        TextRecognizer texts = new TextRecognizer(canvas.getFontRenderContext());
        texts.expect(data.title(), TextRole.TITLE, TITLE_FONT);
        texts.expect(data.xTitle(), TextRole.X_TITLE, AXIS_TITLE_FONT);
        texts.expect(data.yTitle(), TextRole.Y_TITLE, AXIS_TITLE_FONT);
        data.series().forEach(s -> texts.expect(s.name(), TextRole.LEGEND, LEGEND_FONT));
        xTicks.forEach(tick -> texts.expect(tick, TextRole.X_TICK, TICK_FONT));
        yTicks.forEach(tick -> texts.expect(tick, TextRole.Y_TICK, TICK_FONT));
        return new Painting(canvas.marks(), texts);
    }

    private static Chart<?, ?> bars(ChartData data) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(data.title())
                .xAxisTitle(data.xTitle()).yAxisTitle(data.yTitle()).build();
        for (ChartSeries series : data.series()) {
            chart.addSeries(series.name(), data.xLabels(), series.values());
        }
        chart.getStyler().setAvailableSpaceFill(0.8);
        // Bars over categories: vertical grid lines would only cut through them.
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        return chart;
    }

    private static Chart<?, ?> lines(ChartData data) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(data.title())
                .xAxisTitle(data.xTitle()).yAxisTitle(data.yTitle()).build();
        for (ChartSeries series : data.series()) {
            chart.addSeries(series.name(), data.xValues(), series.values());
        }
        chart.getStyler().setMarkerSize(7);
        return chart;
    }

    private static void style(AxesChartStyler styler, ChartData data) {
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Ink.of(Role.BACKGROUND));
        styler.setPlotBackgroundColor(Ink.of(Role.BACKGROUND));
        styler.setPlotBorderVisible(false);
        styler.setPlotBorderColor(Ink.of(Role.AXIS));
        styler.setPlotGridLinesColor(Ink.of(Role.GRID));
        // Solid: XChart's dashed default becomes hundreds of tiny rectangles in a vector drawing.
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setPlotTicksMarksVisible(false);
        styler.setAxisTickMarksColor(Ink.of(Role.AXIS));
        styler.setXAxisTickMarksColor(Ink.of(Role.AXIS));
        styler.setYAxisTickMarksColor(Ink.of(Role.AXIS));
        styler.setChartFontColor(Ink.of(Role.TEXT));
        styler.setXAxisTitleColor(Ink.of(Role.X_TITLE));
        styler.setYAxisTitleColor(Ink.of(Role.Y_TITLE));
        styler.setAxisTickLabelsColor(Ink.of(Role.X_TICKS));
        styler.setXAxisTickLabelsColor(Ink.of(Role.X_TICKS));
        styler.setYAxisTickLabelsColor(Ink.of(Role.Y_TICKS));
        // Flush against the axis, as the SVG anchors them: the page's font may be narrower or wider.
        styler.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(TITLE_FONT);
        styler.setAxisTitleFont(AXIS_TITLE_FONT);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setLegendFont(LEGEND_FONT);
        styler.setLegendVisible(data.series().size() > 1);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBackgroundColor(Ink.of(Role.LEGEND));
        styler.setLegendBorderColor(Ink.of(Role.BACKGROUND));
        styler.setChartPadding(8);
        styler.setToolTipsEnabled(false);
        Color[] series = new Color[data.series().size()];
        for (int i = 0; i < series.length; i++) {
            series[i] = Ink.ofSeries(i);
        }
        styler.setSeriesColors(series);
        boolean nonNegative = data.series().stream().allMatch(s -> s.range().min() >= 0);
        if (nonNegative) {
            // Times, counts and ratios read honestly only against a zero baseline.
            styler.setYAxisMin(0.0);
        }
    }

    private static Function<Double, String> recording(Set<String> ticks) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return value -> {
            String text = format.format(value == 0 ? 0.0 : value); // never "-0"
            ticks.add(text);
            return text;
        };
    }
}
