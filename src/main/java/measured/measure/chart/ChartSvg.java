package measured.measure.chart;

import java.util.regex.Pattern;

import measured.measure.ChartData;

/**
 * Draws a chart as an inline SVG string with XChart, at build time: responsive (a viewBox, no size),
 * themable (transparent, text and axes in {@code currentColor}, series colours readable on light and dark
 * pages), accessible ({@code role="img"}, a title and a description of the data referenced by
 * {@code aria-labelledby}), script-free, and identical for identical input.
 */
public final class ChartSvg {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ChartSvg() {
    }

    /**
     * Renders the chart.
     *
     * @param idPrefix a prefix unique on the page (e.g. {@code chart-3}); the SVG's ids are
     *                 {@code <prefix>-title} and {@code <prefix>-desc}
     */
    public static String render(ChartData data, String idPrefix) {
        if (!ID.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("an id prefix starts with a letter and has only letters, digits, - and _: " + idPrefix);
        }
        XChartPainter.Painting painting = XChartPainter.paint(data);
        return new SvgWriter(data, idPrefix).write(painting.marks(), painting.texts());
    }
}
