package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.junit.jupiter.api.Test;

class PathDataTest {

    @Test
    void segmentsThatMeetBecomeOnePolyline() {
        String d = new PathData().append(new Line2D.Double(0, 0, 10, 5)).append(new Line2D.Double(10, 5, 20, 0.04)).toString();
        assertEquals("M0 0L10 5L20 0", d);
    }

    @Test
    void writesTenthsWithoutTrailingZerosOrNegativeZero() {
        assertEquals("1.5", SvgNumber.format(1.5));
        assertEquals("2", SvgNumber.format(1.99));
        assertEquals("0", SvgNumber.format(-0.04));
        assertEquals("-3.2", SvgNumber.format(-3.2));
    }

    @Test
    void recognisesARectangleDrawnAsAPath() {
        Path2D.Double bar = new Path2D.Double();
        bar.moveTo(1, 2);
        bar.lineTo(11, 2);
        bar.lineTo(11, 22);
        bar.lineTo(1, 22);
        bar.closePath();
        assertEquals(new Rectangle2D.Double(1, 2, 10, 20), PathData.rectangle(bar).orElseThrow());
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(0, 5);
        diamond.lineTo(5, 0);
        diamond.lineTo(10, 5);
        diamond.lineTo(5, 10);
        diamond.closePath();
        assertTrue(PathData.rectangle(diamond).isEmpty());
    }
}
