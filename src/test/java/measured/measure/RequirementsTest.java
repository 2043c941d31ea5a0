package measured.measure;

import static measured.measure.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RequirementsTest {

    private static final Measurement FIVE_RUNS = Measurement.of(Runs.outcome(
            run(100, "speed-up: 1.42 x\nlost updates: 12\n"),
            run(100, "speed-up: 1.40 x\nlost updates: 0\n"),
            run(100, "speed-up: 1.50 x\nlost updates: 3\n"),
            run(100, "speed-up: 1.30 x\nlost updates: 7\n"),
            run(100, "speed-up: 1.45 x\nlost updates: 9\n")));

    @Test
    void readsSeveralClausesWithEveryOperator() {
        Requirements requirements = Requirements.parse("a < 1; b <= 2;c>3 ; d >= -4.5; e == 1,000;");
        assertEquals(List.of(Comparison.LESS, Comparison.AT_MOST, Comparison.GREATER, Comparison.AT_LEAST, Comparison.EQUAL),
                requirements.all().stream().map(Requirement::comparison).toList());
        assertEquals(1000, requirements.all().get(4).bound().value());
        assertEquals("d", requirements.all().get(3).label());
    }

    @Test
    void passingClaimsGiveNoFailures() {
        assertEquals(List.of(), Requirements.parse("speed-up >= 1.4; lost updates > 0").failures(FIVE_RUNS));
    }

    @Test
    void aFailedClaimOnAMeasurementNamesTheMedianAndTheBound() {
        assertEquals(List.of("require failed: speed-up = 1.42 x (median of 5 runs), needs >= 1.6"),
                Requirements.parse("speed-up >= 1.6; lost updates > 0").failures(FIVE_RUNS));
    }

    @Test
    void aFailedClaimOnOneRunNamesItsValue() {
        Report report = Report.parse("lost updates: 0\n");
        assertEquals(List.of("require failed: lost updates = 0, needs > 0"),
                Requirements.parse("lost updates > 0").failures(report));
    }

    @Test
    void anUnknownLabelListsTheLabelsTheOutputReports() {
        assertEquals(List.of("require: the output reports no number named 'throughput'; it reports: speed-up, lost updates"),
                Requirements.parse("throughput >= 1.6").failures(FIVE_RUNS));
        assertEquals(List.of("require: the output reports no number named 'Speed Up'; did you mean 'speed-up'?;"
                        + " it reports: speed-up, lost updates"),
                Requirements.parse("Speed Up >= 1.6").failures(FIVE_RUNS));
    }

    @Test
    void anOutputWithoutNumbersExplainsWhatAReportedNumberIs() {
        String failure = Requirements.parse("speed-up > 1").failures(Report.parse("hello\n")).getFirst();
        assertTrue(failure.contains("it reports none (a reported number is an output line of its own"), failure);
    }

    @Test
    void aUnitInTheClaimMustBeTheReportedUnit() {
        Report report = Report.parse("sequential: 8.04 s\n");
        assertEquals(List.of(), Requirements.parse("sequential < 10 s").failures(report));
        assertEquals(List.of("require: 'sequential' is reported in 's' but the requirement says 'ms'; write the bound"
                + " in the reported unit, or leave the unit out"), Requirements.parse("sequential < 10 ms").failures(report));
    }

    @Test
    void aMalformedClaimShowsTheSyntax() {
        MeasureException error = assertThrows(MeasureException.class, () -> Requirements.parse("speed-up >> 1.6"));
        assertEquals("require: cannot read 'speed-up >> 1.6'; write '<label> <op> <number>' (op is one of < <= > >= ==,"
                + " an optional unit may follow the number), several separated by ';',"
                + " e.g. require=\"speed-up >= 1.6; lost updates > 0\"", error.getMessage());
    }

    @Test
    void aSingleEqualsSignSuggestsTheDoubleOne() {
        MeasureException error = assertThrows(MeasureException.class, () -> Requirements.parse("lost updates = 0"));
        assertTrue(error.getMessage().startsWith("require: cannot read 'lost updates = 0' (use == to compare for equality);"),
                error.getMessage());
    }

    @Test
    void anEmptyRequirementIsAnError() {
        assertThrows(MeasureException.class, () -> Requirements.parse(" ; "));
    }

    @Test
    void equalityComparesTheParsedValues() {
        assertEquals(List.of(), Requirements.parse("count == 1,000").failures(Report.parse("count: 1000\n")));
    }
}
