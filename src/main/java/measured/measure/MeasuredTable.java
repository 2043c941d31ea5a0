package measured.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A result table across the runs of a measurement: every numeric cell is the median of that cell over
 * the runs (with its spread), every text cell is the representative run's text. Every run must print the
 * table in the same shape: the same headers, the same number of rows, numbers where numbers were.
 */
public record MeasuredTable(List<String> headers, List<List<MeasuredCell>> rows, int runs) {

    public MeasuredTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One run's table, as a measurement of one run. */
    public static MeasuredTable single(ResultTable table) {
        return new MeasuredTable(table.headers(),
                table.rows().stream().map(row -> row.stream().map(MeasuredCell::single).toList()).toList(), 1);
    }

    /**
     * Aggregates the same table from every run.
     *
     * @param tableNumber the table's number in the output (from 1), for messages
     * @param representative the index of the run whose text cells are shown
     */
    public static MeasuredTable of(List<ResultTable> perRun, int tableNumber, int representative) {
        ResultTable first = perRun.getFirst();
        for (int run = 1; run < perRun.size(); run++) {
            checkShape(first, perRun.get(run), tableNumber, run);
        }
        List<List<MeasuredCell>> rows = new ArrayList<>();
        for (int row = 0; row < first.rows().size(); row++) {
            List<MeasuredCell> cells = new ArrayList<>();
            for (int column = 0; column < first.columnCount(); column++) {
                cells.add(cell(perRun, tableNumber, representative, row, column));
            }
            rows.add(cells);
        }
        return new MeasuredTable(first.headers(), rows, perRun.size());
    }

    /** The table of medians, e.g. for a chart. */
    public ResultTable medians() {
        return new ResultTable(headers,
                rows.stream().map(row -> row.stream().map(MeasuredCell::median).toList()).toList());
    }

    private static MeasuredCell cell(List<ResultTable> perRun, int tableNumber, int representative, int row, int column) {
        Cell firstCell = perRun.getFirst().rows().get(row).get(column);
        double[] values = new double[perRun.size()];
        NumberStyle style = null;
        for (int run = 0; run < perRun.size(); run++) {
            Cell cell = perRun.get(run).rows().get(row).get(column);
            if (cell.isNumeric() != firstCell.isNumeric()) {
                Cell number = cell.isNumeric() ? cell : firstCell;
                Cell text = cell.isNumeric() ? firstCell : cell;
                int numberRun = cell.isNumeric() ? run : 0;
                int textRun = cell.isNumeric() ? 0 : run;
                throw new MeasureException("result table " + tableNumber + ", row " + (row + 1) + ", column '"
                        + perRun.getFirst().headers().get(column) + "': a number in run " + (numberRun + 1)
                        + " ('" + number.text() + "') but text in run " + (textRun + 1) + " ('" + text.text()
                        + "'); a measured table must print numbers in the same cells in every run");
            }
            if (cell.isNumeric()) {
                NumberText number = cell.number().orElseThrow();
                values[run] = number.value();
                style = style == null ? number.style() : style.wider(number.style());
            }
        }
        if (!firstCell.isNumeric()) {
            return new MeasuredCell(perRun.get(representative).rows().get(row).get(column), Optional.empty());
        }
        Statistics stats = Statistics.of(values);
        return new MeasuredCell(Cell.of(new NumberText(stats.median(), style)), Optional.of(stats));
    }

    private static void checkShape(ResultTable first, ResultTable other, int tableNumber, int run) {
        if (!first.headers().equals(other.headers())) {
            throw new MeasureException("result table " + tableNumber + ": run " + (run + 1) + " has the columns "
                    + other.headers() + " but run 1 has " + first.headers()
                    + "; a measured table must keep its columns in every run");
        }
        if (first.rows().size() != other.rows().size()) {
            throw new MeasureException("result table " + tableNumber + ": run " + (run + 1) + " has "
                    + other.rows().size() + " rows but run 1 has " + first.rows().size()
                    + "; a measured table must have the same rows in every run");
        }
    }
}
