package measured.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pipe table that a sample printed: unique, non-empty column headers and rows of the same width. */
public record ResultTable(List<String> headers, List<List<Cell>> rows) {

    public ResultTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + headers.size() + " columns");
            }
        }
    }

    public int columnCount() {
        return headers.size();
    }

    /** The index of the column with exactly this header. */
    public Optional<Integer> columnIndex(String header) {
        int index = headers.indexOf(header);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** The cells of one column, top to bottom. */
    public List<Cell> column(int index) {
        return rows.stream().map(row -> row.get(index)).toList();
    }

    /** A column is numeric when it has rows and every one of its cells is a number. */
    public boolean isNumericColumn(int index) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.get(index).isNumeric());
    }

    /** The first cell of a column that is not a number, for error messages. */
    public Optional<String> firstTextCell(int index) {
        List<Cell> cells = column(index);
        for (int row = 0; row < cells.size(); row++) {
            if (!cells.get(row).isNumeric()) {
                return Optional.of("row " + (row + 1) + ": '" + cells.get(row).text() + "'");
            }
        }
        return Optional.empty();
    }

    /** The headers of the numeric columns, in order. */
    public List<String> numericHeaders() {
        List<String> numeric = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (isNumericColumn(i)) {
                numeric.add(headers.get(i));
            }
        }
        return numeric;
    }
}
