package measured.measure;

import java.util.Arrays;
import java.util.Collection;

/**
 * The spread of a sample of values: count, median, min, max and the quartiles. The median of an even
 * count is the mean of the middle two; quartiles interpolate linearly between order statistics (the
 * default of R and NumPy), so for n = 5 they are the 2nd and 4th smallest values.
 */
public record Statistics(int n, double median, double min, double max, double q1, double q3) {

    public static Statistics of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("statistics of no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double value : sorted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite value: " + value);
            }
        }
        return new Statistics(sorted.length, median(sorted), sorted[0], sorted[sorted.length - 1],
                quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    public static Statistics of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The interquartile range: where the middle half of the runs fell. */
    public double iqr() {
        return q3 - q1;
    }

    /** Whether every run gave the same value. */
    public boolean isConstant() {
        return min == max;
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
