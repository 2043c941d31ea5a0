package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeasuredTableTest {

    @Test
    void eachNumericCellIsTheMedianOfThatCell() {
        MeasuredTable table = MeasuredTable.of(List.of(
                table("| n | t |\n|---|---|\n| 1 | 1.0 |\n"),
                table("| n | t |\n|---|---|\n| 1 | 2.0 |\n"),
                table("| n | t |\n|---|---|\n| 1 | 4.0 |\n"),
                table("| n | t |\n|---|---|\n| 1 | 3.0 |\n")), 1, 0);
        MeasuredCell cell = table.rows().getFirst().get(1);
        assertEquals("2.5", cell.median().text());
        assertEquals(2.5, cell.median().number().orElseThrow().value());
        assertEquals(1.0, cell.spread().orElseThrow().min());
        assertEquals(4, table.runs());
    }

    @Test
    void textCellsComeFromTheRepresentativeRun() {
        MeasuredTable table = MeasuredTable.of(List.of(
                table("| winner | n |\n|---|---|\n| pool-1 | 1 |\n"),
                table("| winner | n |\n|---|---|\n| pool-2 | 1 |\n")), 1, 1);
        assertEquals("pool-2", table.rows().getFirst().getFirst().median().text());
        assertTrue(table.rows().getFirst().getFirst().spread().isEmpty());
    }

    @Test
    void differentColumnsAreAnError() {
        MeasureException error = assertThrows(MeasureException.class, () -> MeasuredTable.of(List.of(
                table("| a | b |\n|---|---|\n| 1 | 2 |\n"), table("| a | c |\n|---|---|\n| 1 | 2 |\n")), 2, 0));
        assertEquals("result table 2: run 2 has the columns [a, c] but run 1 has [a, b]; a measured table must keep"
                + " its columns in every run", error.getMessage());
    }

    @Test
    void aDifferentNumberOfRowsIsAnError() {
        MeasureException error = assertThrows(MeasureException.class, () -> MeasuredTable.of(List.of(
                table("| a |\n|---|\n| 1 |\n| 2 |\n"), table("| a |\n|---|\n| 1 |\n")), 1, 0));
        assertEquals("result table 1: run 2 has 1 rows but run 1 has 2; a measured table must have the same rows in"
                + " every run", error.getMessage());
    }

    @Test
    void aCellThatIsANumberInOneRunAndTextInAnotherIsAnError() {
        MeasureException error = assertThrows(MeasureException.class, () -> MeasuredTable.of(List.of(
                table("| n | t (ms) |\n|---|---|\n| 1 | 12 |\n"), table("| n | t (ms) |\n|---|---|\n| 1 | n/a |\n")), 1, 0));
        assertEquals("result table 1, row 1, column 't (ms)': a number in run 1 ('12') but text in run 2 ('n/a');"
                + " a measured table must print numbers in the same cells in every run", error.getMessage());
    }

    private static ResultTable table(String output) {
        return Report.parse(output).tables().getFirst();
    }
}
