package measured.measure.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import measured.measure.ChartData;

/**
 * Writes the painted marks as a small, themable SVG: no background; grid and axes as one faded
 * {@code currentColor} path each; text as real {@code <text>} in {@code currentColor}; each series in a
 * group of its own (one line path and its markers, or its bars) whose {@code color} attribute, a palette
 * colour that CSS may override, is what its shapes paint with.
 */
final class SvgWriter {

    /** The shapes of one series, in the plot or in the legend. */
    private static final class SeriesShapes {
        final PathData line = new PathData();
        float lineWidth = 1f;
        final StringBuilder fills = new StringBuilder();
    }

    private final ChartData data;
    private final String idPrefix;
    private final PathData grid = new PathData();
    private final PathData axes = new PathData();
    private final Map<Integer, SeriesShapes> series = new LinkedHashMap<>();
    private final Map<Integer, SeriesShapes> keys = new LinkedHashMap<>();
    private final List<Label> labels = new ArrayList<>();
    private final StringBuilder unrecognised = new StringBuilder();

    SvgWriter(ChartData data, String idPrefix) {
        this.data = data;
        this.idPrefix = idPrefix;
    }

    String write(List<Mark> marks, TextRecognizer texts) {
        boolean inLegend = false;
        for (Mark mark : marks) {
            Ink ink = mark.ink();
            switch (ink.role()) {
                case BACKGROUND -> { }
                case LEGEND -> inLegend = true;
                case GRID -> segment(grid, mark);
                case AXIS -> segment(axes, mark);
                case SERIES -> add((inLegend ? keys : series).computeIfAbsent(ink.series(), i -> new SeriesShapes()), mark);
                case TEXT, X_TITLE, Y_TITLE, X_TICKS, Y_TICKS -> {
                    Optional<Label> label = texts.recognize(mark);
                    if (label.isPresent()) {
                        labels.add(label.get());
                    } else {
                        unrecognised.append(other(mark));
                    }
                }
                case OTHER -> unrecognised.append(other(mark));
            }
        }
        return document();
    }

    private String document() {
        StringBuilder svg = new StringBuilder(4096);
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(XChartPainter.WIDTH).append(' ')
                .append(XChartPainter.HEIGHT).append("\" class=\"chart chart-").append(data.kind().attributeValue())
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" fill=\"currentColor\" font-size=\"12\">")
                .append("<title id=\"").append(titleId).append("\">").append(Xml.text(data.title())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(Xml.text(ChartDescription.of(data))).append("</desc>");
        if (!grid.isEmpty()) {
            svg.append("<path class=\"chart-grid\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.15\" d=\"")
                    .append(grid).append("\"/>");
        }
        series.forEach((index, shapes) -> svg.append(group("chart-series", index, shapes)));
        if (!axes.isEmpty()) {
            svg.append("<path class=\"chart-axes\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\" d=\"")
                    .append(axes).append("\"/>");
        }
        StringBuilder legendTexts = new StringBuilder();
        for (Label label : labels) {
            (label.role() == TextRole.LEGEND ? legendTexts : svg).append(text(label));
        }
        if (!keys.isEmpty() || !legendTexts.isEmpty()) {
            svg.append("<g class=\"chart-legend\">");
            keys.forEach((index, shapes) -> svg.append(group("chart-key", index, shapes)));
            svg.append(legendTexts).append("</g>");
        }
        if (!unrecognised.isEmpty()) {
            // Outlines that are none of the expected strings: still drawn, in the text colour.
            svg.append("<g class=\"chart-other\">").append(unrecognised).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private String group(String cssClass, int index, SeriesShapes shapes) {
        String name = index < data.series().size() ? data.series().get(index).name() : "";
        StringBuilder group = new StringBuilder("<g class=\"").append(cssClass).append(" chart-s").append(index + 1)
                .append("\" data-series=\"").append(Xml.attribute(name)).append("\" color=\"")
                .append(SeriesPalette.colour(index)).append("\" fill=\"currentColor\">");
        if (!shapes.line.isEmpty()) {
            group.append("<path class=\"chart-line\" fill=\"none\" stroke=\"currentColor\"");
            if (shapes.lineWidth != 1f) {
                group.append(" stroke-width=\"").append(SvgNumber.format(shapes.lineWidth)).append('"');
            }
            group.append(" stroke-linejoin=\"round\" d=\"").append(shapes.line).append("\"/>");
        }
        return group.append(shapes.fills).append("</g>").toString();
    }

    private static String text(Label label) {
        String x = SvgNumber.format(label.anchor().getX());
        String y = SvgNumber.format(label.anchor().getY());
        StringBuilder text = new StringBuilder("<text class=\"").append(label.role().cssClass).append("\" x=\"")
                .append(x).append("\" y=\"").append(y).append('"');
        if (label.role().vertical) {
            text.append(" transform=\"rotate(-90 ").append(x).append(' ').append(y).append(")\"");
        }
        if (!label.role().anchor.equals("start")) {
            text.append(" text-anchor=\"").append(label.role().anchor).append('"');
        }
        if (label.fontSize() != 12f) {
            text.append(" font-size=\"").append(SvgNumber.format(label.fontSize())).append('"');
        }
        if (label.bold()) {
            text.append(" font-weight=\"bold\"");
        }
        return text.append('>').append(Xml.text(label.text())).append("</text>").toString();
    }

    /**
     * A grid or axis line: a stroked line as it is; a thin filled shape (XChart fills grid lines as the
     * outline of a stroked line) as the centre line of its bounds.
     */
    private static void segment(PathData path, Mark mark) {
        Shape placed = mark.placed();
        if (placed instanceof Line2D line) {
            path.line(line.getX1(), line.getY1(), line.getX2(), line.getY2());
            return;
        }
        Rectangle2D r = placed.getBounds2D();
        if (mark.filled() && Math.min(r.getWidth(), r.getHeight()) <= 2) {
            if (r.getWidth() >= r.getHeight()) {
                path.line(r.getMinX(), r.getCenterY(), r.getMaxX(), r.getCenterY());
            } else {
                path.line(r.getCenterX(), r.getMinY(), r.getCenterX(), r.getMaxY());
            }
            return;
        }
        path.append(placed);
    }

    /** A series shape: strokes join the series' line, fills (bars, markers) become rects, circles or paths. */
    private static void add(SeriesShapes shapes, Mark mark) {
        if (!mark.filled()) {
            shapes.line.append(mark.placed());
            shapes.lineWidth = mark.stroke().getLineWidth();
            return;
        }
        shapes.fills.append(filled(mark.placed()));
    }

    private static String filled(Shape placed) {
        Optional<Rectangle2D> rectangle = PathData.rectangle(placed);
        if (rectangle.isPresent()) {
            Rectangle2D r = rectangle.get();
            return "<rect x=\"" + SvgNumber.format(r.getX()) + "\" y=\"" + SvgNumber.format(r.getY()) + "\" width=\""
                    + SvgNumber.format(r.getWidth()) + "\" height=\"" + SvgNumber.format(r.getHeight()) + "\"/>";
        }
        if (placed instanceof Ellipse2D e && e.getWidth() == e.getHeight()) {
            return "<circle cx=\"" + SvgNumber.format(e.getCenterX()) + "\" cy=\"" + SvgNumber.format(e.getCenterY())
                    + "\" r=\"" + SvgNumber.format(e.getWidth() / 2) + "\"/>";
        }
        return "<path d=\"" + PathData.of(placed) + "\"/>";
    }

    private static String other(Mark mark) {
        return mark.filled()
                ? "<path d=\"" + PathData.of(mark.placed()) + "\"/>"
                : "<path fill=\"none\" stroke=\"currentColor\" d=\"" + PathData.of(mark.placed()) + "\"/>";
    }
}
