package measured.measure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a sample prints it: {@code 1234}, {@code 12.5}, {@code -3}, {@code 1,000,000} (commas in
 * groups of three), {@code 1_000} (underscores between digits, as in Java source) or {@code 1.5E-4} (as
 * {@code Double.toString} prints); its value and the style to print derived values in.
 */
public record NumberText(double value, NumberStyle style) {

    /**
     * The number syntax, shared with reported-number lines and requirements. No leading {@code +}, no
     * leading or trailing point, no decimal comma: {@code 1,5} is not a number, so a German-locale
     * {@code 1,500} can never silently become fifteen hundred.
     */
    static final String SYNTAX =
            "-?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:_\\d+)*)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?";

    private static final Pattern WHOLE = Pattern.compile(
            "(?<sign>-?)(?<int>\\d{1,3}(?:,\\d{3})+|\\d+(?:_\\d+)*)(?:\\.(?<frac>\\d+))?(?:[eE](?<exp>[-+]?\\d+))?");

    public NumberText {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
    }

    /** Reads text that is exactly one number in {@link #SYNTAX}, or nothing. */
    public static Optional<NumberText> parse(String text) {
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String integer = m.group("int");
        String fraction = m.group("frac") == null ? "" : m.group("frac");
        String exponent = m.group("exp");
        String plain = m.group("sign") + integer.replace(",", "").replace("_", "")
                + (fraction.isEmpty() ? "" : "." + fraction) + (exponent == null ? "" : "e" + exponent);
        double value = Double.parseDouble(plain);
        if (!Double.isFinite(value)) {
            return Optional.empty();
        }
        int shift = exponent == null ? 0 : parseExponent(exponent);
        int decimals = Math.clamp(fraction.length() - (long) shift, 0, NumberStyle.MAX_DECIMALS);
        boolean grouped = integer.contains(",") || integer.contains("_");
        return Optional.of(new NumberText(value, new NumberStyle(decimals, grouped)));
    }

    /** The value printed in its own style. */
    public String format() {
        return style.format(value);
    }

    private static int parseExponent(String exponent) {
        try {
            return Integer.parseInt(exponent);
        } catch (NumberFormatException tooLong) {
            // Double.parseDouble already turned such a number into 0 or infinity; the style hardly matters.
            return exponent.startsWith("-") ? -NumberStyle.MAX_DECIMALS : NumberStyle.MAX_DECIMALS;
        }
    }
}
