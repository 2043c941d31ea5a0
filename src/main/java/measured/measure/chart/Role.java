package measured.measure.chart;

/** What a painted part of the chart is, as far as its look on the page is concerned. */
enum Role {
    /** Chart, plot and legend backgrounds and the legend border: dropped, the page shows through. */
    BACKGROUND,
    GRID,
    AXIS,
    /** The chart title and the legend's texts (XChart paints both in the chart font colour). */
    TEXT,
    X_TITLE,
    Y_TITLE,
    X_TICKS,
    Y_TICKS,
    /** The legend's background: dropped, and every series mark after it belongs to the legend. */
    LEGEND,
    SERIES,
    /** A colour no sentinel stands for: drawn in the text colour rather than in a fixed one. */
    OTHER;

    boolean isText() {
        return this == TEXT || this == X_TITLE || this == Y_TITLE || this == X_TICKS || this == Y_TICKS;
    }
}
