package measured.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the pipe tables of an output: a line that starts with {@code |} (after optional indentation),
 * directly followed by a separator line ({@code |---|---|}, colons allowed), then every following line
 * that starts with {@code |}, up to the first line that does not or that starts the next table (a pipe
 * line with a separator under it). A {@code |} line without a separator under it is ordinary output.
 */
final class PipeTableReader {

    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-+:?\\s*");

    private final List<String> lines;
    private int next;

    PipeTableReader(List<String> lines, int start) {
        this.lines = lines;
        this.next = start;
    }

    static boolean isPipeLine(String line) {
        return line.stripLeading().startsWith("|");
    }

    /** Whether a table starts at this line: a pipe line with a separator line under it. */
    static boolean startsTable(List<String> lines, int index) {
        return isPipeLine(lines.get(index)) && index + 1 < lines.size() && isSeparator(lines.get(index + 1));
    }

    /** Reads the table that starts at the current line; {@link #next()} is then the first line after it. */
    ResultTable read(int tableNumber) {
        int headerLine = next;
        List<String> headers = cells(lines.get(headerLine));
        checkHeaders(headers, headerLine, tableNumber);
        int separatorCells = cells(lines.get(headerLine + 1)).size();
        if (separatorCells != headers.size()) {
            throw new MeasureException(where(headerLine + 1, tableNumber) + "the separator line has "
                    + separatorCells + " cells but the header has " + headers.size()
                    + "; write one |---| per column");
        }
        next = headerLine + 2;
        List<List<Cell>> rows = new ArrayList<>();
        while (next < lines.size() && isPipeLine(lines.get(next)) && !startsTable(lines, next)) {
            List<String> texts = cells(lines.get(next));
            if (texts.size() != headers.size()) {
                throw new MeasureException(where(next, tableNumber) + "row " + (rows.size() + 1) + " has "
                        + texts.size() + " cells but the header has " + headers.size() + ": '"
                        + lines.get(next).strip() + "'; every row needs one cell per column");
            }
            rows.add(texts.stream().map(Cell::parse).toList());
            next++;
        }
        return new ResultTable(headers, rows);
    }

    int next() {
        return next;
    }

    private static boolean isSeparator(String line) {
        if (!isPipeLine(line)) {
            return false;
        }
        List<String> cells = cells(line);
        return cells.stream().allMatch(cell -> SEPARATOR_CELL.matcher(cell).matches());
    }

    /** The trimmed cells of a pipe line; the leading pipe is required, the trailing one optional. */
    private static List<String> cells(String line) {
        String body = line.strip().substring(1);
        if (body.endsWith("|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : body.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static void checkHeaders(List<String> headers, int line, int tableNumber) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isEmpty()) {
                throw new MeasureException(where(line, tableNumber) + "column " + (i + 1)
                        + " has an empty header; name every column (put its unit in the name, e.g. 'time (ms)')");
            }
            if (!seen.add(header)) {
                throw new MeasureException(where(line, tableNumber) + "two columns are named '" + header
                        + "'; column names must be unique (charts and requirements refer to them)");
            }
        }
    }

    private static String where(int line, int tableNumber) {
        return "output line " + (line + 1) + ", result table " + tableNumber + ": ";
    }
}
