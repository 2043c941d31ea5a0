package measured.measure.chart;

import java.util.Arrays;
import java.util.regex.Pattern;

import measured.measure.ChartData;

/**
 * Draws a chart as an inline SVG string at build time: responsive (a viewBox, no size), themable (no background,
 * ink in {@code currentColor}, series colours that read on light and dark pages), accessible ({@code role="img"}
 * labelled by a title and a description of the data), free of scripts and style attributes (the site's CSP
 * forbids them), and the same bytes for the same data on every machine: it measures no font, and writes
 * numbers to a tenth, finer than a pixel at the chart's size, whatever the locale.
 */
public final class ChartSvg {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ChartSvg() {
    }

    /** @param idPrefix unique on the page (e.g. {@code chart-3}); the ids are {@code <prefix>-title}, {@code -desc} */
    public static String render(ChartData data, String idPrefix) {
        if (!ID.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("an id prefix starts with a letter; letters, digits, - and _: " + idPrefix);
        }
        StringBuilder svg = new StringBuilder(4096).append("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 360" class="chart chart-%s" role="img" \
                aria-labelledby="%s-title %2$s-desc" fill="currentColor" font-size="12"><title id="%2$s-title">%s\
                </title><desc id="%2$s-desc">%s</desc>""".formatted(data.kind().attributeValue(), idPrefix,
                escape(data.title()), escape(ChartDescription.of(data))));
        Legend legend = Legend.of(data);
        Plot plot = Plot.of(data, legend.height());
        plot.drawFrame(svg, data);
        new SeriesMarks(data, plot).draw(svg);
        legend.draw(svg, data);
        return svg.append("</svg>").toString();
    }

    /** The template with its {@code double} arguments written as {@link #number} writes them. */
    static String format(String template, Object... arguments) {
        return template.formatted(Arrays.stream(arguments).map(a -> a instanceof Double d ? number(d) : a).toArray());
    }

    /** A line of text in a CSS class. */
    static String text(String cssClass, double x, double y, String anchor, Font font, String content) {
        return format("<text class=\"%s\" x=\"%s\" y=\"%s\"%s%s>%s</text>", cssClass, x, y,
                anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"",
                font.size() == 12 ? "" : " font-size=\"" + number(font.size()) + "\"", escape(content));
    }

    static String number(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths / 10) + (tenths % 10 == 0 ? "" : "." + Math.abs(tenths % 10));
    }

    static String escape(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
