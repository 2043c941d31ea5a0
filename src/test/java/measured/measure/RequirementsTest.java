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
        assertEquals(List.of(), Requirements.parse("speed-up >= 1.4; lost updates > 0").failures(FIVE_RUNS, Runs.MACHINE));
    }

    @Test
    void aFailedClaimOnAMeasurementNamesTheMedianAndTheBound() {
        assertEquals(List.of("require failed: speed-up = 1.42 x (median of 5 runs), needs >= 1.6"),
                Requirements.parse("speed-up >= 1.6; lost updates > 0").failures(FIVE_RUNS, Runs.MACHINE));
    }

    @Test
    void aFailedClaimOnOneRunNamesItsValue() {
        Report report = Report.parse("lost updates: 0\n");
        assertEquals(List.of("require failed: lost updates = 0, needs > 0"),
                Requirements.parse("lost updates > 0").failures(report, Runs.MACHINE));
    }

    @Test
    void anUnknownLabelListsTheLabelsTheOutputReports() {
        assertEquals(List.of("require: the output reports no number named 'throughput'; it reports: speed-up, lost updates"),
                Requirements.parse("throughput >= 1.6").failures(FIVE_RUNS, Runs.MACHINE));
        assertEquals(List.of("require: the output reports no number named 'Speed Up'; did you mean 'speed-up'?;"
                        + " it reports: speed-up, lost updates"),
                Requirements.parse("Speed Up >= 1.6").failures(FIVE_RUNS, Runs.MACHINE));
    }

    @Test
    void anOutputWithoutNumbersExplainsWhatAReportedNumberIs() {
        String failure = Requirements.parse("speed-up > 1").failures(Report.parse("hello\n"), Runs.MACHINE).getFirst();
        assertTrue(failure.contains("it reports none (a reported number is an output line of its own"), failure);
    }

    @Test
    void aUnitInTheClaimMustBeTheReportedUnit() {
        Report report = Report.parse("sequential: 8.04 s\n");
        assertEquals(List.of(), Requirements.parse("sequential < 10 s").failures(report, Runs.MACHINE));
        assertEquals(List.of("require: 'sequential' is reported in 's' but the requirement says 'ms'; write the bound"
                + " in the reported unit, or leave the unit out"), Requirements.parse("sequential < 10 ms").failures(report, Runs.MACHINE));
    }

    @Test
    void aMalformedClaimShowsTheSyntax() {
        MeasureException error = assertThrows(MeasureException.class, () -> Requirements.parse("speed-up >> 1.6"));
        assertTrue(error.getMessage().startsWith("require: cannot read 'speed-up >> 1.6'; write '<label> <op> <number>'"
                + " (op is one of < <= > >= ==;"), error.getMessage());
        assertTrue(error.getMessage().endsWith("e.g. require=\"speed-up >= 1.6; lost updates > 0\""), error.getMessage());
    }

    @Test
    void aSingleEqualsSignSuggestsTheDoubleOne() {
        MeasureException error = assertThrows(MeasureException.class, () -> Requirements.parse("lost updates = 0"));
        assertTrue(error.getMessage().startsWith("require: cannot read 'lost updates = 0' (use == to compare for equality);"),
                error.getMessage());
    }

    @Test
    void aLabelWithCharactersLabelsCannotHaveSaysSo() {
        MeasureException colon = assertThrows(MeasureException.class, () -> Requirements.parse("ratio a:b >= 1.2"));
        assertTrue(colon.getMessage().contains("(a label cannot contain : ; | !"), colon.getMessage());
        MeasureException sign = assertThrows(MeasureException.class, () -> Requirements.parse("ratio a>b >= 1.2"));
        assertTrue(sign.getMessage().contains("(one comparison per clause, and a label cannot contain < or >"), sign.getMessage());
        MeasureException semicolon = assertThrows(MeasureException.class, () -> Requirements.parse("ratio a; b >= 1.2"));
        assertTrue(semicolon.getMessage().startsWith("require: cannot read 'ratio a' (it compares nothing: ';' separates clauses"),
                semicolon.getMessage());
        MeasureException at = assertThrows(MeasureException.class, () -> Requirements.parse("@Contended padding >= 256"));
        assertTrue(at.getMessage().contains("(a label starts with a letter"), at.getMessage());
    }

    @Test
    void anEmptyRequirementIsAnError() {
        assertThrows(MeasureException.class, () -> Requirements.parse(" ; "));
    }

    @Test
    void equalityComparesTheParsedValues() {
        assertEquals(List.of(), Requirements.parse("count == 1,000").failures(Report.parse("count: 1000\n"), Runs.MACHINE));
    }

    @Test
    void aBoundCanScaleWithTheMachinesCores() {
        Requirement scaled = Requirement.parse("speed-up >= 0.7 * cores");
        Report report = Report.parse("speed-up: 1.42 x\n");
        List<MeasuredNumber> numbers = report.numbers().stream().map(MeasuredNumber::of).toList();
        assertEquals(Requirement.Result.HELD, scaled.evaluate(numbers, Runs.MACHINE).result(), "1.42 >= 1.4");
        Requirement.Evaluation four = scaled.evaluate(numbers, new measured.outcome.Machine(4, 4, "", "Linux", "amd64"));
        assertEquals(Requirement.Result.FAILED, four.result());
        assertEquals("require failed: speed-up = 1.42 x, needs >= 2.8 (0.7 × cores)", four.message().orElseThrow());
        assertEquals("speed-up >= 0.7 × cores", scaled.toString());
    }

    @Test
    void aClaimThatNeedsAMachineDoesNotApplyElsewhereAndSaysWhy() {
        Requirement needs = Requirement.parse("speed-up >= 1.3 when physical-cores >= 2");
        List<MeasuredNumber> numbers = Report.parse("speed-up: 1.02 x\n").numbers().stream().map(MeasuredNumber::of).toList();
        Requirement.Evaluation oneCore = needs.evaluate(numbers, new measured.outcome.Machine(2, 1, "", "Linux", "amd64"));
        assertEquals(Requirement.Result.NOT_APPLICABLE, oneCore.result());
        assertEquals("needs 2 physical cores; this build had 1 physical core", oneCore.message().orElseThrow());
        Requirement.Evaluation unknown = needs.evaluate(numbers, new measured.outcome.Machine(2, 0, "", "Windows", "amd64"));
        assertEquals(Requirement.Result.NOT_APPLICABLE, unknown.result());
        assertTrue(unknown.message().orElseThrow().contains("did not say how many physical cores"), unknown.message().orElseThrow());
        assertEquals(Requirement.Result.FAILED, needs.evaluate(numbers, Runs.MACHINE).result(), "checked where it applies");
        assertEquals("speed-up >= 1.3 when physical-cores >= 2", needs.toString());
    }

    @Test
    void severalNeedsAreJoinedWithAnd() {
        Requirement both = Requirement.parse("x > 1 when cores >= 4 and physical-cores >= 2");
        assertEquals(2, both.needs().size());
        assertEquals("needs 4 cores; this build had 2 cores",
                both.evaluate(List.of(), Runs.MACHINE).message().orElseThrow());
    }

    @Test
    void aNeedOrScaleThatIsNotAMachineFactIsAnError() {
        MeasureException need = assertThrows(MeasureException.class, () -> Requirement.parse("x > 1 when memory >= 2"));
        assertTrue(need.getMessage().contains("cannot read the machine it needs, 'memory >= 2'"), need.getMessage());
        MeasureException scale = assertThrows(MeasureException.class, () -> Requirement.parse("x > 1 * threads"));
        assertTrue(scale.getMessage().contains("scales with 'threads', which is not a machine fact"), scale.getMessage());
    }
}
