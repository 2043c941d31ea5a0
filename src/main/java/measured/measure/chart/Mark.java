package measured.measure.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** One shape XChart filled or stroked, with the colour, transform and stroke it was painted with. */
record Mark(Shape shape, AffineTransform transform, Color color, boolean filled, BasicStroke stroke) {

    Mark {
        transform = new AffineTransform(transform);
    }

    Ink ink() {
        return Ink.decode(color);
    }

    /**
     * The shape in chart coordinates; a rectangle, ellipse or line moved by a mere translation keeps its
     * kind, so that it can still be written as a rect, a circle or a line.
     */
    Shape placed() {
        if (transform.isIdentity()) {
            return shape;
        }
        double dx = transform.getTranslateX();
        double dy = transform.getTranslateY();
        if ((transform.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0) {
            if (shape instanceof Rectangle2D r) {
                return new Rectangle2D.Double(r.getX() + dx, r.getY() + dy, r.getWidth(), r.getHeight());
            }
            if (shape instanceof Ellipse2D e) {
                return new Ellipse2D.Double(e.getX() + dx, e.getY() + dy, e.getWidth(), e.getHeight());
            }
            if (shape instanceof Line2D l) {
                return new Line2D.Double(l.getX1() + dx, l.getY1() + dy, l.getX2() + dx, l.getY2() + dy);
            }
        }
        return transform.createTransformedShape(shape);
    }
}
