package measured.measure.chart;

import java.awt.geom.Point2D;

/** A text recognised on the chart: what it says, its role and size, and where its anchor point lies. */
record Label(String text, TextRole role, float fontSize, boolean bold, Point2D anchor) {
}
