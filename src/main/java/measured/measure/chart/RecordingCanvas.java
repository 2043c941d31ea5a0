package measured.measure.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.List;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;

/**
 * A Graphics2D that keeps every filled and stroked shape with the state it was painted in, for the SVG
 * writer; VectorGraphics2D does the state keeping (colour, transform, stroke, nested graphics).
 */
final class RecordingCanvas extends VectorGraphics2D {

    /** Shared with the graphics this one creates: VectorGraphics2D clones itself in create(). */
    private final List<Mark> marks;

    RecordingCanvas() {
        this.marks = new ArrayList<>();
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    @Override
    public void fill(Shape shape) {
        // Only the record is needed: VectorGraphics2D's own command list would never be read.
        record(shape, true);
    }

    @Override
    public void draw(Shape shape) {
        record(shape, false);
    }

    private void record(Shape shape, boolean filled) {
        if (shape == null || isDisposed()) {
            return;
        }
        BasicStroke stroke = getStroke() instanceof BasicStroke basic ? basic : new BasicStroke();
        marks.add(new Mark(copy(shape), getTransform(), getColor(), filled, stroke));
    }

    /** XChart reuses and moves its line and path objects after painting them, so keep a copy. */
    private static Shape copy(Shape shape) {
        if (shape instanceof RectangularShape rectangular) {
            return (Shape) rectangular.clone();
        }
        if (shape instanceof Line2D line) {
            return (Shape) line.clone();
        }
        return new Path2D.Double(shape);
    }
}
