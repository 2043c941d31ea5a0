package measured.measure.chart;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code d} attribute of one or more shapes in chart coordinates: absolute commands in tenths of a
 * pixel. A shape that starts where the previous one ended continues it, so the segments XChart draws one
 * by one become a single polyline.
 */
final class PathData {

    private final StringBuilder d = new StringBuilder();
    private String current = "";

    static String of(Shape shape) {
        return new PathData().append(shape).toString();
    }

    PathData append(Shape shape) {
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> moveTo(point(c, 0));
                case PathIterator.SEG_LINETO -> command('L', point(c, 0));
                case PathIterator.SEG_QUADTO -> command('Q', point(c, 0) + " " + point(c, 2));
                case PathIterator.SEG_CUBICTO -> command('C', point(c, 0) + " " + point(c, 2) + " " + point(c, 4));
                case PathIterator.SEG_CLOSE -> {
                    d.append('Z');
                    current = "";
                }
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return this;
    }

    /** A straight segment from (x1, y1) to (x2, y2). */
    PathData line(double x1, double y1, double x2, double y2) {
        moveTo(SvgNumber.format(x1) + " " + SvgNumber.format(y1));
        command('L', SvgNumber.format(x2) + " " + SvgNumber.format(y2));
        return this;
    }

    boolean isEmpty() {
        return d.isEmpty();
    }

    @Override
    public String toString() {
        return d.toString();
    }

    /**
     * The rectangle a shape is, when it is an axis-parallel rectangle: a {@link Rectangle2D}, or a path of
     * one closed subpath through its four corners (what a stroked line or a bar becomes).
     */
    static Optional<Rectangle2D> rectangle(Shape shape) {
        if (shape instanceof Rectangle2D r) {
            return Optional.of(r);
        }
        Rectangle2D bounds = shape.getBounds2D();
        List<double[]> points = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_CLOSE) {
                continue;
            }
            if ((type != PathIterator.SEG_MOVETO && type != PathIterator.SEG_LINETO)
                    || (type == PathIterator.SEG_MOVETO && !points.isEmpty())) {
                return Optional.empty();
            }
            points.add(new double[] {c[0], c[1]});
        }
        if (points.size() < 4 || points.size() > 5) {
            return Optional.empty();
        }
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            double[] next = points.get((i + 1) % points.size());
            // Each side runs along one axis: no diagonals, so no bow ties.
            if (!near(p[0], next[0]) && !near(p[1], next[1])) {
                return Optional.empty();
            }
            boolean onX = near(p[0], bounds.getMinX()) || near(p[0], bounds.getMaxX());
            boolean onY = near(p[1], bounds.getMinY()) || near(p[1], bounds.getMaxY());
            if (!onX || !onY) {
                return Optional.empty();
            }
        }
        return Optional.of(bounds);
    }

    private void moveTo(String point) {
        if (!point.equals(current)) {
            command('M', point);
        }
    }

    private void command(char command, String points) {
        d.append(command).append(points);
        int lastSpace = points.lastIndexOf(' ', points.lastIndexOf(' ') - 1);
        current = lastSpace < 0 ? points : points.substring(lastSpace + 1);
    }

    private static String point(double[] c, int offset) {
        return SvgNumber.format(c[offset]) + " " + SvgNumber.format(c[offset + 1]);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }
}
