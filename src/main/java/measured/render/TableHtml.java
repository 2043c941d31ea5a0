package measured.render;

import java.util.List;
import java.util.Optional;

import measured.measure.MeasuredCell;
import measured.measure.MeasuredTable;
import measured.measure.NumberStyle;
import measured.measure.ResultTable;
import measured.measure.Statistics;

/**
 * A result table as an HTML {@code <table class="result-table">}: a header row, the first column as row
 * headers, numeric columns marked {@code num} (right-aligned by CSS). For a measurement each numeric cell
 * shows its median, and below it, in {@code <small class="spread">}, the min–max of the runs.
 */
public final class TableHtml {

    private TableHtml() {
    }

    /** One run's table. */
    public static String render(ResultTable table) {
        return render(MeasuredTable.single(table));
    }

    public static String render(MeasuredTable table) {
        StringBuilder html = new StringBuilder("<table class=\"result-table\">");
        if (table.runs() > 1) {
            html.append("<caption>Median of ").append(table.runs())
                    .append(" runs; the small numbers are the lowest and highest run</caption>");
        }
        html.append("<thead><tr>");
        for (int column = 0; column < table.headers().size(); column++) {
            html.append("<th scope=\"col\"").append(isNumeric(table, column) ? " class=\"num\"" : "").append('>')
                    .append(HtmlEscape.text(table.headers().get(column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<MeasuredCell> row : table.rows()) {
            html.append("<tr>");
            for (int column = 0; column < row.size(); column++) {
                String tag = column == 0 ? "th" : "td";
                MeasuredCell cell = row.get(column);
                html.append('<').append(tag).append(column == 0 ? " scope=\"row\"" : "")
                        .append(cell.isNumeric() ? " class=\"num\"" : "").append('>')
                        .append(HtmlEscape.text(cell.median().text()))
                        .append(spread(cell))
                        .append("</").append(tag).append('>');
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** The min–max of a cell that varied between runs; nothing for a single run or a constant cell. */
    private static String spread(MeasuredCell cell) {
        Optional<Statistics> spread = cell.spread().filter(s -> s.n() > 1 && !s.isConstant());
        if (spread.isEmpty()) {
            return "";
        }
        NumberStyle style = cell.style();
        return " <small class=\"spread\">" + style.format(spread.get().min()) + "–" + style.format(spread.get().max())
                + "</small>";
    }

    private static boolean isNumeric(MeasuredTable table, int column) {
        return !table.rows().isEmpty() && table.rows().stream().allMatch(row -> row.get(column).isNumeric());
    }
}
