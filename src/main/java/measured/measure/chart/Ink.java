package measured.measure.chart;

import java.awt.Color;

/**
 * A sentinel colour and what it stands for. XChart paints each part of the chart in a colour of its own
 * (nobody sees these colours), so that the SVG writer can tell the grid from a series from a tick label
 * and give each a themable look: {@code currentColor} or a series class.
 */
record Ink(Role role, int series) {

    /** Sentinels share these red and green channels; no part of a chart is painted in them otherwise. */
    private static final int RED = 1;
    private static final int GREEN_ROLE = 2;
    private static final int GREEN_SERIES = 3;

    static Color of(Role role) {
        return new Color(RED, GREEN_ROLE, role.ordinal());
    }

    static Color ofSeries(int series) {
        if (series < 0 || series > 255) {
            throw new IllegalArgumentException("series index out of range: " + series);
        }
        return new Color(RED, GREEN_SERIES, series);
    }

    /** What a colour XChart painted with stands for. */
    static Ink decode(Color color) {
        if (color.getRed() == RED && color.getGreen() == GREEN_SERIES) {
            return new Ink(Role.SERIES, color.getBlue());
        }
        if (color.getRed() == RED && color.getGreen() == GREEN_ROLE && color.getBlue() < Role.values().length) {
            return new Ink(Role.values()[color.getBlue()], -1);
        }
        return new Ink(Role.OTHER, -1);
    }
}
