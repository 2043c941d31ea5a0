package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import measured.measure.Measurement;
import measured.measure.Report;
import measured.measure.Runs;
import measured.outcome.Run;

class TableHtmlTest {

    @Test
    void rendersOneRunsTableWithNumericCellsMarked() {
        String html = TableHtml.render(Report.parse("""
                | mode | time (ms) |
                |---|---|
                | <virtual> & co | 1,415 |
                """).tables().getFirst());
        assertEquals("<table class=\"result-table\"><thead><tr><th scope=\"col\">mode</th>"
                + "<th scope=\"col\" class=\"num\">time (ms)</th></tr></thead><tbody><tr>"
                + "<th scope=\"row\">&lt;virtual&gt; &amp; co</th><td class=\"num\">1,415</td></tr></tbody></table>", html);
    }

    @Test
    void aMeasuredCellShowsItsMedianAndRange() {
        Measurement m = Measurement.of(Runs.outcome(
                run("| n | t (ms) |\n|---|---|\n| 1 | 10.5 |\n"),
                run("| n | t (ms) |\n|---|---|\n| 1 | 12.0 |\n"),
                run("| n | t (ms) |\n|---|---|\n| 1 | 11.0 |\n")));
        String html = TableHtml.render(m.tables().getFirst());
        assertTrue(html.startsWith("<table class=\"result-table\"><caption>Median of 3 runs;"), html);
        assertTrue(html.contains("<th scope=\"row\" class=\"num\">1</th>"), "a constant cell has no range: " + html);
        assertTrue(html.contains("<td class=\"num\">11.0 <small class=\"spread\">10.5–12.0</small></td>"), html);
    }

    private static Run run(String output) {
        return Runs.run(100, output);
    }
}
