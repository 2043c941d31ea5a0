package measured.measure;

import java.util.Optional;

/**
 * One cell of a measured table: the median cell (a number formatted as printed, or the text of the
 * representative run) and, for a number, its spread across the runs.
 */
public record MeasuredCell(Cell median, Optional<Statistics> spread) {

    public static MeasuredCell single(Cell cell) {
        return new MeasuredCell(cell, cell.number().map(n -> Statistics.of(n.value())));
    }

    public boolean isNumeric() {
        return median.isNumeric();
    }

    /** The style of the median, for printing min and max the same way. */
    public NumberStyle style() {
        return median.number().map(NumberText::style).orElse(NumberStyle.INTEGER);
    }
}
