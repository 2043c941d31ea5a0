package measured.measure.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the glyph outlines XChart paints back into the strings it was given. XChart fills every text as
 * the outline of a {@link TextLayout}; the same string in the same font gives the same outline, so an
 * outline is recognised by comparing it with the outlines of the strings the chart can show. The SVG then
 * carries real, selectable, themable text instead of kilobytes of glyph paths.
 */
final class TextRecognizer {

    private record Candidate(String text, TextRole role, Font font) {
    }

    private final FontRenderContext context;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Candidate, Shape> outlines = new HashMap<>();

    TextRecognizer(FontRenderContext context) {
        this.context = context;
    }

    /** A string that may appear in this role, in this font. */
    void expect(String text, TextRole role, Font font) {
        if (!text.isEmpty()) {
            candidates.add(new Candidate(text, role, font));
        }
    }

    /** The text a filled outline shows, when it is one of the expected strings painted upright. */
    Optional<Label> recognize(Mark mark) {
        if (!mark.filled() || !isTranslation(mark.transform())) {
            return Optional.empty();
        }
        Rectangle2D bounds = mark.shape().getBounds2D();
        for (Candidate candidate : candidates) {
            if (candidate.role().ink() != mark.ink().role()) {
                continue;
            }
            Shape outline = outline(candidate);
            if (near(outline.getBounds2D(), bounds) && sameOutline(outline, mark.shape())) {
                return Optional.of(label(candidate, mark.transform()));
            }
        }
        return Optional.empty();
    }

    private Label label(Candidate candidate, AffineTransform transform) {
        // The outline's origin is the start of the baseline; move along the text to the anchor. Browsers
        // anchor a text by its advance, not its ink, so do the same.
        double advance = layout(candidate).getAdvance();
        double along = switch (candidate.role().anchor) {
            case "middle" -> advance / 2;
            case "end" -> advance;
            default -> 0;
        };
        Point2D origin = transform.transform(new Point2D.Double(0, 0), null);
        Point2D anchor = candidate.role().vertical
                ? new Point2D.Double(origin.getX(), origin.getY() - along)
                : new Point2D.Double(origin.getX() + along, origin.getY());
        return new Label(candidate.text(), candidate.role(), candidate.font().getSize2D(),
                candidate.font().isBold(), anchor);
    }

    private Shape outline(Candidate candidate) {
        return outlines.computeIfAbsent(candidate, c -> layout(c).getOutline(
                // XChart draws the y axis title as an outline turned a quarter anticlockwise.
                c.role().vertical ? AffineTransform.getRotateInstance(-Math.PI / 2) : null));
    }

    private TextLayout layout(Candidate candidate) {
        return new TextLayout(candidate.text(), candidate.font(), context);
    }

    private static boolean isTranslation(AffineTransform transform) {
        return (transform.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0;
    }

    private static boolean near(Rectangle2D a, Rectangle2D b) {
        return Math.abs(a.getX() - b.getX()) < 1e-6 && Math.abs(a.getY() - b.getY()) < 1e-6
                && Math.abs(a.getWidth() - b.getWidth()) < 1e-6 && Math.abs(a.getHeight() - b.getHeight()) < 1e-6;
    }

    private static boolean sameOutline(Shape a, Shape b) {
        PathIterator left = a.getPathIterator(null);
        PathIterator right = b.getPathIterator(null);
        double[] l = new double[6];
        double[] r = new double[6];
        while (!left.isDone() && !right.isDone()) {
            int type = left.currentSegment(l);
            if (type != right.currentSegment(r)) {
                return false;
            }
            for (int i = 0; i < 6; i++) {
                if (Math.abs(l[i] - r[i]) > 1e-6) {
                    return false;
                }
            }
            left.next();
            right.next();
        }
        return left.isDone() && right.isDone();
    }
}
