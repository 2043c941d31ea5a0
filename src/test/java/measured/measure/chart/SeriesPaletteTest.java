package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class SeriesPaletteTest {

    /** WCAG asks 3:1 of graphics; the palette keeps a margin above it on both page themes. */
    private static final double MINIMUM = 3.5;

    @Test
    void everyColourReadsOnALightAndOnADarkPage() {
        for (String colour : SeriesPalette.COLOURS) {
            assertTrue(contrast(colour, "#ffffff") >= MINIMUM, colour + " on white: " + contrast(colour, "#ffffff"));
            assertTrue(contrast(colour, "#121212") >= MINIMUM, colour + " on near-black: " + contrast(colour, "#121212"));
        }
    }

    @Test
    void theColoursAreDistinctAndRepeatAfterThePalette() {
        assertEquals(SeriesPalette.COLOURS.size(), new HashSet<>(SeriesPalette.COLOURS).size());
        assertEquals(SeriesPalette.colour(0), SeriesPalette.colour(SeriesPalette.COLOURS.size()));
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            luminance += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return luminance;
    }
}
