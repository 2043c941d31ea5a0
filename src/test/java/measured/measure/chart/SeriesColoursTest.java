package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import measured.measure.ChartData;
import measured.measure.ChartKind;
import measured.measure.ChartSeries;
import measured.measure.NumberStyle;

class SeriesColoursTest {

    /** WCAG asks 3:1 of graphics; the palette keeps a margin above it on both page themes. */
    private static final double MINIMUM = 3.5;

    /** White, the site's dark background (--bg in site.css) and a near-black one. */
    private static final List<String> PAGES = List.of("#ffffff", "#0f1419", "#121212");

    @Test
    void everyColourReadsOnALightAndOnADarkPage() {
        for (String colour : SeriesMarks.COLOURS) {
            for (String page : PAGES) {
                assertTrue(contrast(colour, page) >= MINIMUM, colour + " on " + page + ": " + contrast(colour, page));
            }
        }
    }

    @Test
    void theColoursAreDistinct() {
        assertEquals(SeriesMarks.COLOURS.size(), new HashSet<>(SeriesMarks.COLOURS).size());
    }

    @Test
    void theSeriesTakeThePaletteInOrderAndRepeatItAfterTheLastColour() {
        int count = SeriesMarks.COLOURS.size() + 1;
        List<ChartSeries> series = IntStream.range(0, count)
                .mapToObj(s -> new ChartSeries("s" + s, List.of(1.0 + s, 2.0), NumberStyle.INTEGER)).toList();
        String svg = ChartSvg.render(new ChartData(ChartKind.LINE, "t", "x", List.of("1", "2"), List.of(1.0, 2.0), "y", series), "c");
        for (int s = 0; s < count; s++) {
            String colour = SeriesMarks.COLOURS.get(s % SeriesMarks.COLOURS.size());
            assertTrue(svg.contains("class=\"chart-series chart-s" + (s + 1) + "\" data-series=\"s" + s + "\" color=\"" + colour + "\""),
                    "series " + s);
        }
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
