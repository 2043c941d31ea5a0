package measured.measure.chart;

/** A kind of text on the chart: its CSS class, which way it is anchored, and whether it reads upwards. */
enum TextRole {
    TITLE("chart-title", "middle", false),
    X_TITLE("chart-axis-title", "middle", false),
    Y_TITLE("chart-axis-title", "middle", true),
    X_TICK("chart-tick", "middle", false),
    Y_TICK("chart-tick", "end", false),
    LEGEND("chart-legend-text", "start", false);

    final String cssClass;
    /**
     * Anchored where a different font (the page's, not the one XChart measured with) still lands right:
     * centred titles stay centred, y tick labels stay flush against the axis.
     */
    final String anchor;
    final boolean vertical;

    TextRole(String cssClass, String anchor, boolean vertical) {
        this.cssClass = cssClass;
        this.anchor = anchor;
        this.vertical = vertical;
    }

    /** The colour role XChart paints this text in. */
    Role ink() {
        return switch (this) {
            case TITLE, LEGEND -> Role.TEXT;
            case X_TITLE -> Role.X_TITLE;
            case Y_TITLE -> Role.Y_TITLE;
            case X_TICK -> Role.X_TICKS;
            case Y_TICK -> Role.Y_TICKS;
        };
    }
}
