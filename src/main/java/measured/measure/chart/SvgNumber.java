package measured.measure.chart;

/** Coordinates as the SVG writes them: to a tenth of a pixel, without trailing zeros, never {@code -0}. */
final class SvgNumber {

    private SvgNumber() {
    }

    static String format(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        String sign = tenths < 0 ? "-" : "";
        long magnitude = Math.abs(tenths);
        return sign + magnitude / 10 + "." + magnitude % 10;
    }
}
