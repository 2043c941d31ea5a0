package measured.measure.chart;

import java.util.List;

/**
 * The series colours: distinct hues, each with a contrast of at least 3.5:1 against white and against a
 * near-black page, so one SVG reads in light and dark mode. CSS may override them per series class.
 */
final class SeriesPalette {

    static final List<String> COLOURS = List.of(
            "#2e86de", // blue
            "#ca6702", // orange
            "#3d9970", // green
            "#a66cc9", // purple
            "#d1495b", // red
            "#008c8c", // teal
            "#aa7700", // ochre
            "#738000"); // olive

    private SeriesPalette() {
    }

    /** The colour of the series at this index (0-based); the palette repeats after eight series. */
    static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }
}
