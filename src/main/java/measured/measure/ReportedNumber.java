package measured.measure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code label: value unit} line of a sample's output, such as {@code speed-up: 1.93 x}.
 *
 * <p>A line counts only when it is nothing but that: optional indentation, a label that starts with a
 * letter and contains neither {@code :} nor {@code |}, a colon, at least one space, a number, an
 * optional unit (one word that does not start with a digit, a sign or a point: {@code ms}, {@code %},
 * {@code ops/s}, {@code µs}; it may touch the number, as in {@code 12ms}), and trailing spaces. A line
 * with anything more ({@code time: 8 s (1 thread)}) is ordinary output.
 */
public record ReportedNumber(String label, NumberText number, String unit) {

    private static final Pattern LINE = Pattern.compile(
            "[ \\t]*(?<label>\\p{L}[^:|]*?)[ \\t]*:[ \\t]+(?<number>" + NumberText.SYNTAX + ")"
                    + "(?:[ \\t]*(?<unit>[^\\s\\d.,:|+\\-][^\\s|]*))?[ \\t]*");

    public ReportedNumber {
        if (label.isBlank()) {
            throw new IllegalArgumentException("a reported number needs a label");
        }
    }

    /** Reads one output line (without its line break), or nothing when the line is not a reported number. */
    public static Optional<ReportedNumber> parseLine(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group("unit") == null ? "" : m.group("unit");
        return NumberText.parse(m.group("number"))
                .map(number -> new ReportedNumber(m.group("label"), number, unit));
    }

    public double value() {
        return number.value();
    }

    /** This number under another label: the second {@code time} of a run becomes {@code time #2}. */
    ReportedNumber relabel(String newLabel) {
        return new ReportedNumber(newLabel, number, unit);
    }
}
