package measured.measure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chart as the page asks for it: {@code chart=bar|line}, {@code chart-title}, {@code chart-columns}
 * (empty: every numeric column but the first) and {@code chart-table} (counting from 1).
 */
public record ChartSpec(ChartKind kind, String title, List<String> columns, int table) {

    public static final String CHART = "chart";
    public static final String TITLE = "chart-title";
    public static final String COLUMNS = "chart-columns";
    public static final String TABLE = "chart-table";

    public ChartSpec {
        columns = List.copyOf(columns);
        if (table < 1) {
            throw new IllegalArgumentException("tables count from 1: " + table);
        }
    }

    /**
     * Reads the chart attributes of a block; empty when it has none of them.
     *
     * @param attributes the block's attributes (other keys are ignored)
     * @param defaultTitle the title when {@code chart-title} is absent: the block's title or the sample's name
     */
    public static Optional<ChartSpec> parse(Map<String, String> attributes, String defaultTitle) {
        String chart = attributes.get(CHART);
        if (chart == null) {
            for (String dependent : List.of(TITLE, COLUMNS, TABLE)) {
                if (attributes.containsKey(dependent)) {
                    throw new MeasureException(dependent + " needs chart=bar or chart=line beside it");
                }
            }
            return Optional.empty();
        }
        ChartKind kind = ChartKind.ofAttribute(chart.strip()).orElseThrow(() -> new MeasureException(
                "chart=" + chart + ": unknown chart; use chart=bar (categories) or chart=line (a numeric x axis)"));
        String title = attributes.getOrDefault(TITLE, defaultTitle);
        if (title == null || title.isBlank()) {
            throw new MeasureException(TITLE + " is empty; give the chart a title, e.g. chart-title=\"Time by thread count\"");
        }
        return Optional.of(new ChartSpec(kind, title.strip(), columns(attributes.get(COLUMNS)), table(attributes.get(TABLE))));
    }

    /**
     * Picks this chart's table from a run's (or a measurement's median) tables and checks it can be drawn:
     * the table exists and has rows, the columns exist and are numeric, a line chart's x axis is numeric.
     */
    public ChartData select(List<ResultTable> tables) {
        String chart = "chart=" + kind.attributeValue();
        if (tables.isEmpty()) {
            throw new MeasureException(chart + ": the output has no result table; print a pipe table:"
                    + " a header row '| threads | time (ms) |', a separator row '|---|---|', then one row per x value");
        }
        if (table > tables.size()) {
            throw new MeasureException(TABLE + "=" + table + ": the output has only " + tables.size()
                    + " result table" + (tables.size() == 1 ? "" : "s"));
        }
        ResultTable chosen = tables.get(table - 1);
        String which = "result table " + table;
        if (chosen.columnCount() < 2) {
            throw new MeasureException(chart + ": " + which + " has one column; a chart needs the x axis"
                    + " (first column) and at least one series column");
        }
        if (chosen.rows().isEmpty()) {
            throw new MeasureException(chart + ": " + which + " has no rows to draw");
        }
        String xHeader = chosen.headers().getFirst();
        List<String> seriesNames = columns.isEmpty() ? defaultColumns(chosen, chart, which) : checkedColumns(chosen, which);
        List<Double> xValues = List.of();
        if (kind == ChartKind.LINE) {
            if (!chosen.isNumericColumn(0)) {
                throw new MeasureException(chart + " needs a numeric x axis, but the first column '" + xHeader
                        + "' of " + which + " has text (" + chosen.firstTextCell(0).orElseThrow()
                        + "); use chart=bar for categories");
            }
            xValues = values(chosen, 0);
        }
        List<ChartSeries> series = new ArrayList<>();
        for (String name : seriesNames) {
            int column = chosen.columnIndex(name).orElseThrow();
            NumberStyle style = chosen.column(column).stream()
                    .map(cell -> cell.number().orElseThrow().style())
                    .reduce(NumberStyle.INTEGER, NumberStyle::wider);
            series.add(new ChartSeries(name, values(chosen, column), style));
        }
        List<String> xLabels = chosen.column(0).stream().map(Cell::text).toList();
        return new ChartData(kind, title, xHeader, xLabels, xValues, ChartData.yTitleFor(seriesNames), series);
    }

    private List<String> checkedColumns(ResultTable chosen, String which) {
        for (String name : columns) {
            Optional<Integer> index = chosen.columnIndex(name);
            if (index.isEmpty()) {
                throw new MeasureException(COLUMNS + ": " + which + " has no column '" + name + "'; its columns are: "
                        + String.join(", ", chosen.headers()));
            }
            if (index.get() == 0) {
                throw new MeasureException(COLUMNS + ": '" + name + "' is the x axis (the first column of "
                        + which + "); list only the columns to draw as series");
            }
            if (!chosen.isNumericColumn(index.get())) {
                throw new MeasureException(COLUMNS + ": column '" + name + "' of " + which + " is not numeric ("
                        + chosen.firstTextCell(index.get()).orElseThrow() + "); numeric columns: "
                        + describe(numericSeriesHeaders(chosen)) + ". Print bare numbers and put units in the header");
            }
        }
        return columns;
    }

    private static List<String> defaultColumns(ResultTable chosen, String chart, String which) {
        List<String> numeric = numericSeriesHeaders(chosen);
        if (numeric.isEmpty()) {
            throw new MeasureException(chart + ": " + which + " has no numeric column besides its first ('"
                    + chosen.headers().getFirst() + "'); print bare numbers in the series columns and put units in"
                    + " the header, e.g. '| threads | time (ms) |'");
        }
        return numeric;
    }

    private static List<String> numericSeriesHeaders(ResultTable table) {
        List<String> numeric = new ArrayList<>(table.numericHeaders());
        numeric.remove(table.headers().getFirst());
        return numeric;
    }

    private static String describe(List<String> headers) {
        return headers.isEmpty() ? "none" : String.join(", ", headers);
    }

    private static List<Double> values(ResultTable table, int column) {
        return table.column(column).stream().map(cell -> cell.number().orElseThrow().value()).toList();
    }

    private static List<String> columns(String attribute) {
        if (attribute == null) {
            return List.of();
        }
        Set<String> columns = new LinkedHashSet<>();
        for (String part : attribute.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw new MeasureException(COLUMNS + "=\"" + attribute + "\": an empty column name; list column"
                        + " headers separated by commas, e.g. chart-columns=\"time (ms), speed-up (x)\"");
            }
            if (!columns.add(name)) {
                throw new MeasureException(COLUMNS + "=\"" + attribute + "\": column '" + name + "' is listed twice");
            }
        }
        return List.copyOf(columns);
    }

    private static int table(String attribute) {
        if (attribute == null) {
            return 1;
        }
        try {
            int table = Integer.parseInt(attribute.strip());
            if (table >= 1) {
                return table;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the syntax
        }
        throw new MeasureException(TABLE + "=" + attribute + ": write the table's number, counting from 1"
                + " (chart-table=2 is the second table the sample prints)");
    }
}
