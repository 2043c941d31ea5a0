package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PipeTableReaderTest {

    @Test
    void readsHeaderSeparatorAndRowsWithNumericAndTextCells() {
        ResultTable table = single("""
                | threads | mode | time (ms) |
                |---|---|---|
                | 1 | platform | 812.5 |
                | 2 | virtual | 1,415 |
                """);
        assertEquals(List.of("threads", "mode", "time (ms)"), table.headers());
        assertEquals(2, table.rows().size());
        assertTrue(table.rows().get(0).get(0).isNumeric());
        assertFalse(table.rows().get(0).get(1).isNumeric());
        assertEquals(1415, table.rows().get(1).get(2).number().orElseThrow().value());
        assertEquals(List.of("threads", "time (ms)"), table.numericHeaders());
    }

    @Test
    void acceptsIndentationAndRowsWithoutTheClosingPipe() {
        ResultTable table = single("  | a | b\n  |:-:|---|\n  | 1 | 2\n");
        assertEquals(List.of("a", "b"), table.headers());
        assertEquals("2", table.rows().getFirst().get(1).text());
    }

    @Test
    void endsAtTheFirstLineThatIsNotAPipeLine() {
        Report report = Report.parse("| a |\n|---|\n| 1 |\nafter: 3\n| 2 |\n");
        assertEquals(1, report.tables().getFirst().rows().size());
        assertEquals(List.of("after"), report.labels());
    }

    @Test
    void aHeaderAndSeparatorStartTheNextTable() {
        Report report = Report.parse("| a |\n|---|\n| 1 |\n| b | c |\n|---|---|\n| 2 | 3 |\n");
        assertEquals(2, report.tables().size());
        assertEquals(List.of("b", "c"), report.tables().get(1).headers());
    }

    @Test
    void aPipeLineWithoutSeparatorIsOrdinaryOutput() {
        assertTrue(Report.parse("| not | a table |\n| 1 | 2 |\n").tables().isEmpty());
    }

    @Test
    void aCellNumberIsExactlyANumber() {
        ResultTable table = single("| x | y |\n|---|---|\n| a | 1.9x |\n");
        assertFalse(table.rows().getFirst().get(1).isNumeric());
    }

    @Test
    void aRowOfTheWrongWidthNamesTheLineAndTheCounts() {
        MeasureException error = assertThrows(MeasureException.class,
                () -> Report.parse("intro\n| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n| 4 | 5 |\n"));
        assertEquals("output line 5, result table 1: row 2 has 2 cells but the header has 3: '| 4 | 5 |';"
                + " every row needs one cell per column", error.getMessage());
    }

    @Test
    void headersMustBeNamedAndUnique() {
        assertTrue(assertThrows(MeasureException.class, () -> Report.parse("| a | a |\n|---|---|\n"))
                .getMessage().contains("two columns are named 'a'"));
        assertTrue(assertThrows(MeasureException.class, () -> Report.parse("| a |  |\n|---|---|\n"))
                .getMessage().contains("column 2 has an empty header"));
    }

    @Test
    void theSeparatorNeedsOneCellPerColumn() {
        assertTrue(assertThrows(MeasureException.class, () -> Report.parse("| a | b |\n|---|\n| 1 | 2 |\n"))
                .getMessage().contains("the separator line has 1 cells but the header has 2"));
    }

    private static ResultTable single(String output) {
        List<ResultTable> tables = Report.parse(output).tables();
        assertEquals(1, tables.size());
        return tables.getFirst();
    }
}
