package measured.measure;

/**
 * One reported label (or the wall time) across the runs of a measurement: its unit, its statistics and
 * the style the sample printed it in.
 */
public record MeasuredNumber(String label, String unit, Statistics stats, NumberStyle style) {

    /** One run's reported number, seen as a measurement of one run. */
    public static MeasuredNumber of(ReportedNumber number) {
        return new MeasuredNumber(number.label(), number.unit(), Statistics.of(number.value()),
                number.number().style());
    }

    public double median() {
        return stats.median();
    }

    public int runs() {
        return stats.n();
    }

    /** A value (the median, min or max) in the printed style, without its unit. */
    public String format(double value) {
        return style.format(value);
    }

    /** A value with its unit, e.g. {@code 1.42 x}. */
    public String formatWithUnit(double value) {
        return unit.isEmpty() ? format(value) : format(value) + " " + unit;
    }
}
