package measured.measure.chart;

import java.util.List;
import java.util.stream.Stream;

/**
 * A font size of the chart, with text widths estimated rather than measured: the build needs no fonts, and
 * the reader's font is unknown anyway. The estimate follows DejaVu Sans, wider than most sans-serif fonts, so
 * what fits here fits on the page. {@code ems} is the size a width is estimated at (bold is wider).
 */
record Font(double size, double ems) {

    static final Font TICK = new Font(12, 12);
    static final Font AXIS_TITLE = new Font(13, 13);
    static final Font TITLE = new Font(16, 17.8);

    double width(String text) {
        double width = 0;
        for (char c : text.toCharArray()) {
            width += " .,:;'|!ijl".indexOf(c) >= 0 ? 0.3 : "frt()[]-/".indexOf(c) >= 0 ? 0.4
                    : "mwMW".indexOf(c) >= 0 ? 0.9 : Character.isUpperCase(c) ? 0.72 : 0.64;
        }
        return width * ems;
    }

    /** The text, cut and ended with an ellipsis if it is wider than {@code width}. */
    String shorten(String text, double width) {
        String cut = text;
        while (cut.length() > 1 && width(cut.length() < text.length() ? cut + "…" : cut) > width) {
            cut = cut.substring(0, cut.length() - 1).strip();
        }
        return cut.length() < text.length() ? cut + "…" : text;
    }

    /** The text in one line, or in two split where the wider is narrowest; each shortened if it must be. */
    List<String> wrap(String text, double width) {
        String first = text;
        String second = "";
        for (int at = text.indexOf(' '); width(text) > width && at > 0; at = text.indexOf(' ', at + 1)) {
            if (Math.max(width(text.substring(0, at)), width(text.substring(at + 1))) < Math.max(width(first), width(second))) {
                first = text.substring(0, at);
                second = text.substring(at + 1);
            }
        }
        return Stream.of(first, second).filter(line -> !line.isBlank()).map(line -> shorten(line.strip(), width)).toList();
    }
}
