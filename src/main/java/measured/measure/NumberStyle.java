package measured.measure;

import java.util.Locale;

/**
 * How a number was printed (decimal places, thousands grouping), so that medians and bounds are shown the
 * way the sample printed them: {@code 1,000,000} stays grouped, {@code 12.50} keeps two decimals.
 */
public record NumberStyle(int decimals, boolean grouped) {

    /** Decimal places beyond this are noise in a measurement and make the table unreadable. */
    static final int MAX_DECIMALS = 12;

    public static final NumberStyle INTEGER = new NumberStyle(0, false);

    public NumberStyle {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0.." + MAX_DECIMALS + ": " + decimals);
        }
    }

    /** The style that shows every value of both without losing a printed digit. */
    public NumberStyle wider(NumberStyle other) {
        return new NumberStyle(Math.max(decimals, other.decimals), grouped || other.grouped);
    }

    /**
     * Formats a value in this style, with one more decimal when the value needs exactly one more: the
     * median of an even count is the mean of two printed values, so 3 and 4 give 3.5, not 4.
     */
    public String format(double value) {
        int places = decimals;
        if (!fits(value, decimals) && decimals < MAX_DECIMALS && fits(value, decimals + 1)) {
            places = decimals + 1;
        }
        String text = String.format(Locale.ROOT, "%" + (grouped ? "," : "") + "." + places + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    private static boolean fits(double value, int places) {
        double scaled = value * Math.pow(10, places);
        return Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled));
    }
}
