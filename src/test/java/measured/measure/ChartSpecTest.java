package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartSpecTest {

    private static final List<ResultTable> TABLES = Report.parse("""
            | threads | time (ms) | speed-up (x) | note |
            |---|---|---|---|
            | 1 | 812 | 1.00 | slow |
            | 2 | 415 | 1.96 | ok |
            | 4 | 230 | 3.53 | ok |
            | mode | t (ms) |
            |---|---|
            | virtual | 10 |
            | platform | 20 |
            """).tables();

    @Test
    void noChartAttributesMeanNoChart() {
        assertTrue(ChartSpec.parse(Map.of("runs", "5"), "Title").isEmpty());
    }

    @Test
    void readsEveryAttribute() {
        ChartSpec spec = ChartSpec.parse(Map.of("chart", "line", "chart-title", " Speed-up ",
                "chart-columns", "speed-up (x), time (ms)", "chart-table", "2"), "fallback").orElseThrow();
        assertEquals(new ChartSpec(ChartKind.LINE, "Speed-up", List.of("speed-up (x)", "time (ms)"), 2), spec);
    }

    @Test
    void theTitleDefaultsToTheOneGiven() {
        assertEquals("ParallelSum.java", spec(Map.of("chart", "bar")).title());
    }

    @Test
    void rejectsUnknownKindsAndOrphanAttributes() {
        assertEquals("chart=pie: unknown chart; use chart=bar (categories) or chart=line (a numeric x axis)",
                error(Map.of("chart", "pie")));
        assertEquals("chart-columns needs chart=bar or chart=line beside it", error(Map.of("chart-columns", "a")));
        assertTrue(error(Map.of("chart", "bar", "chart-table", "0")).startsWith("chart-table=0: write the table's number"));
        assertTrue(error(Map.of("chart", "bar", "chart-table", "two")).startsWith("chart-table=two:"));
        assertTrue(error(Map.of("chart", "bar", "chart-columns", "a,,b")).contains("an empty column name"));
        assertTrue(error(Map.of("chart", "bar", "chart-columns", "a, a")).contains("column 'a' is listed twice"));
        assertTrue(error(Map.of("chart", "bar", "chart-title", " ")).startsWith("chart-title is empty"));
    }

    @Test
    void byDefaultEveryNumericColumnButTheFirstIsASeries() {
        ChartData data = spec(Map.of("chart", "bar")).select(TABLES);
        assertEquals(List.of("time (ms)", "speed-up (x)"), data.series().stream().map(ChartSeries::name).toList());
        assertEquals("threads", data.xTitle());
        assertEquals(List.of("1", "2", "4"), data.xLabels());
        assertEquals(List.of(812.0, 415.0, 230.0), data.series().getFirst().values());
        assertEquals(new NumberStyle(2, false), data.series().get(1).style());
    }

    @Test
    void aLineChartHasNumericXValues() {
        ChartData data = spec(Map.of("chart", "line", "chart-columns", "time (ms)")).select(TABLES);
        assertEquals(List.of(1.0, 2.0, 4.0), data.xValues());
        assertEquals("time (ms)", data.yTitle());
    }

    @Test
    void anUnknownColumnListsTheColumnsThereAre() {
        MeasureException error = assertThrows(MeasureException.class,
                () -> spec(Map.of("chart", "bar", "chart-columns", "time")).select(TABLES));
        assertEquals("chart-columns: result table 1 has no column 'time'; its columns are: threads, time (ms),"
                + " speed-up (x), note", error.getMessage());
    }

    @Test
    void aTextColumnCannotBeASeries() {
        MeasureException error = assertThrows(MeasureException.class,
                () -> spec(Map.of("chart", "bar", "chart-columns", "note")).select(TABLES));
        assertEquals("chart-columns: column 'note' of result table 1 is not numeric (row 1: 'slow'); numeric columns:"
                + " time (ms), speed-up (x). Print bare numbers and put units in the header", error.getMessage());
    }

    @Test
    void theXColumnCannotBeASeries() {
        assertTrue(assertThrows(MeasureException.class,
                () -> spec(Map.of("chart", "bar", "chart-columns", "threads")).select(TABLES))
                .getMessage().startsWith("chart-columns: 'threads' is the x axis"));
    }

    @Test
    void aLineChartNeedsANumericFirstColumn() {
        MeasureException error = assertThrows(MeasureException.class,
                () -> spec(Map.of("chart", "line", "chart-table", "2")).select(TABLES));
        assertEquals("chart=line needs a numeric x axis, but the first column 'mode' of result table 2 has text"
                + " (row 1: 'virtual'); use chart=bar for categories", error.getMessage());
    }

    @Test
    void aMissingTableIsNamed() {
        assertEquals("chart-table=3: the output has only 2 result tables", assertThrows(MeasureException.class,
                () -> spec(Map.of("chart", "bar", "chart-table", "3")).select(TABLES)).getMessage());
        assertTrue(assertThrows(MeasureException.class, () -> spec(Map.of("chart", "bar")).select(List.of()))
                .getMessage().startsWith("chart=bar: the output has no result table; print a pipe table"));
    }

    @Test
    void theYAxisTitleIsTheSharedUnitOfSeveralSeries() {
        assertEquals("ms", ChartData.yTitleFor(List.of("sequential (ms)", "parallel (ms)")));
        assertEquals("time (ms), speed-up (x)", ChartData.yTitleFor(List.of("time (ms)", "speed-up (x)")));
        assertEquals("a, b (ms)", ChartData.yTitleFor(List.of("a", "b (ms)")));
    }

    private static ChartSpec spec(Map<String, String> attributes) {
        return ChartSpec.parse(attributes, "ParallelSum.java").orElseThrow();
    }

    private static String error(Map<String, String> attributes) {
        return assertThrows(MeasureException.class, () -> ChartSpec.parse(attributes, "Title")).getMessage();
    }
}
