package measured.render;

import java.time.Duration;
import java.util.Locale;

/** A wall time for readers: {@code 412 ms}, {@code 8.04 s}, {@code 12.3 s}, {@code 2 min 5 s}. */
public final class DurationText {

    private DurationText() {
    }

    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        double seconds = duration.toNanos() / 1e9;
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return whole / 60 + " min " + whole % 60 + " s";
    }
}
