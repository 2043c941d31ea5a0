package measured.measure.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import measured.measure.NumberStyle;

/** An axis: the range of values it spans, and the values that get a tick, a gridline and a label. */
record Axis(double lo, double hi, List<Double> ticks, List<String> labels) {

    /** Where a value lies, from 0 at {@code lo} to 1 at {@code hi}. */
    double fraction(double value) {
        return hi == lo ? 0.5 : (value - lo) / (hi - lo);
    }

    /** The same ticks with a margin on either side, so that no point sits on the frame. */
    Axis padded() {
        double pad = hi > lo ? (hi - lo) * 0.03 : 1;
        return new Axis(lo - pad, hi + pad, ticks, labels);
    }

    /**
     * Ticks at round values, 1, 2, 2.5 or 5 × 10^k apart, at most {@code intervals} of them over the data and
     * with at most {@code decimals}: 0 keeps thread counts whole, 1 keeps a series printed with one decimal from
     * ticks at 0.25. {@code extend}: the axis ends on ticks, as a value axis should; else it spans the data.
     */
    static Axis nice(double min, double max, int intervals, int decimals, boolean extend, boolean grouped) {
        BigDecimal step = step(Math.max(max - min, Math.pow(10, -decimals)) / intervals, decimals);
        double size = step.doubleValue();
        double lo = extend ? Math.floor(min / size + 1e-9) * size : min;
        double hi = extend ? Math.max(Math.ceil(max / size - 1e-9) * size, lo + size) : max;
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / size - 1e-9); k * size <= hi + size * 1e-9; k++) {
            ticks.add(step.multiply(BigDecimal.valueOf(k)).doubleValue());
        }
        NumberStyle style = new NumberStyle(Math.max(0, step.stripTrailingZeros().scale()), grouped);
        return new Axis(lo, hi, ticks, ticks.stream().map(style::format).toList());
    }

    private static BigDecimal step(double atLeast, int decimals) {
        for (int power = (int) Math.floor(Math.log10(atLeast)); ; power++) {
            for (String nice : List.of("1", "2", "2.5", "5")) {
                BigDecimal step = new BigDecimal(nice).scaleByPowerOfTen(power);
                if (step.doubleValue() >= atLeast * (1 - 1e-9) && step.stripTrailingZeros().scale() <= decimals) {
                    return step;
                }
            }
        }
    }
}
