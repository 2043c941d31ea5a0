package measured.plan;

import java.util.Comparator;

/**
 * Something an author must fix, at a line of a page (or of another file the bake reads; line 0 when the whole
 * file is meant).
 */
public record Problem(String file, int line, String message) {

    /** Problems of one file in line order, files in the order given by their names. */
    public static final Comparator<Problem> BY_PLACE =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    public static Problem at(BlockId block, String message) {
        return new Problem(block.page(), block.line(), message);
    }

    /** {@code content/<page>.adoc:<line>: <message>}: how the bake prints it. */
    public String text() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
