package measured.measure;

import static measured.measure.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void aggregatesWallTimeAndEveryReportedNumber() {
        Measurement m = Measurement.of(Runs.outcome(
                run(500, "speed-up: 1.90 x\nlost updates: 10\n"),
                run(300, "speed-up: 1.42 x\nlost updates: 30\n"),
                run(400, "speed-up: 2.00 x\nlost updates: 20\n")));
        assertEquals(3, m.n());
        assertEquals(0.4, m.wallTime().median(), 1e-12);
        assertEquals(0.3, m.wallTime().stats().min(), 1e-12);
        assertEquals("s", m.wallTime().unit());
        MeasuredNumber speedUp = m.number("speed-up").orElseThrow();
        assertEquals(1.90, speedUp.median());
        assertEquals(1.42, speedUp.stats().min());
        assertEquals(2.00, speedUp.stats().max());
        assertEquals("x", speedUp.unit());
        assertEquals("1.90", speedUp.format(speedUp.median()));
        assertEquals(List.of("speed-up", "lost updates"), m.numbers().stream().map(MeasuredNumber::label).toList());
    }

    @Test
    void theRepresentativeRunHasTheMedianWallTime() {
        Measurement m = Measurement.of(Runs.outcome(run(500, "a"), run(300, "b"), run(400, "c")));
        assertEquals(2, m.representativeIndex());
        assertEquals("c", m.representative().output());
    }

    @Test
    void withAnEvenCountTheRepresentativeIsTheLowerMiddleRun() {
        Measurement m = Measurement.of(Runs.outcome(run(400, "a"), run(100, "b"), run(300, "c"), run(200, "d")));
        assertEquals("d", m.representative().output());
        assertEquals(0.25, m.wallTime().median(), 1e-12);
    }

    @Test
    void onATieTheEarlierRunRepresents() {
        Measurement m = Measurement.of(Runs.outcome(run(200, "a"), run(200, "b"), run(200, "c")));
        assertEquals(1, m.representativeIndex());
    }

    @Test
    void aLabelMissingFromARunIsAnErrorNamingTheLabelAndRun() {
        MeasureException error = assertThrows(MeasureException.class, () -> Measurement.of(Runs.outcome(
                run(100, "speed-up: 1.9 x\n"), run(100, "speed-up: 1.8 x\n"), run(100, "crashed early\n"))));
        assertEquals("reported number 'speed-up' is missing from run 3 of 3; every run of a measurement must print"
                + " every reported number", error.getMessage());
    }

    @Test
    void aLabelOnlyALaterRunPrintsIsMissingFromTheOthers() {
        MeasureException error = assertThrows(MeasureException.class, () -> Measurement.of(Runs.outcome(
                run(100, "a: 1\n"), run(100, "a: 1\nretries: 2\n"), run(100, "a: 1\n"))));
        assertEquals("reported number 'retries' is missing from runs 1, 3 of 3; every run of a measurement must print"
                + " every reported number", error.getMessage());
    }

    @Test
    void aLabelMustKeepItsUnit() {
        MeasureException error = assertThrows(MeasureException.class, () -> Measurement.of(Runs.outcome(
                run(100, "time: 900 ms\n"), run(100, "time: 1.1 s\n"))));
        assertEquals("reported number 'time' is in 'ms' in run 1 but in 's' in run 2; print it in the same unit in"
                + " every run", error.getMessage());
    }

    @Test
    void tablesBecomeTablesOfMedians() {
        Measurement m = Measurement.of(Runs.outcome(
                run(100, "| n | t (ms) |\n|---|---|\n| 1 | 10 |\n| 2 | 6 |\n"),
                run(100, "| n | t (ms) |\n|---|---|\n| 1 | 14 |\n| 2 | 5 |\n"),
                run(100, "| n | t (ms) |\n|---|---|\n| 1 | 12 |\n| 2 | 9 |\n")));
        ResultTable medians = m.tables().getFirst().medians();
        assertEquals("12", medians.rows().get(0).get(1).text());
        assertEquals("6", medians.rows().get(1).get(1).text());
        assertEquals(14, m.tables().getFirst().rows().get(0).get(1).spread().orElseThrow().max());
    }

    @Test
    void everyRunMustPrintTheSameNumberOfTables() {
        MeasureException error = assertThrows(MeasureException.class, () -> Measurement.of(Runs.outcome(
                run(100, "| a |\n|---|\n| 1 |\n"), run(100, "no table\n"))));
        assertEquals("run 2 printed 0 result tables but run 1 printed 1; every run of a measurement must print the"
                + " same tables", error.getMessage());
    }
}
