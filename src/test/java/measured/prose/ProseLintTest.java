package measured.prose;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which numbers in prose look measured, and what ordinary prose passes. */
class ProseLintTest {

    private static List<String> flagged(String prose, Set<Double> inputs) {
        return ProseLint.check(prose, true, inputs, List.of("value:x/S.java[speed-up]")).stream().map(ProseLint.Finding::text).toList();
    }

    @Test
    void timesSizesRatesPercentagesAndRatiosLookMeasured() {
        assertEquals(List.of("75 ms", "1.2 s", "40 MB", "90 %", "3×", "1.6 times", "1,250,000 ops/s", "12µs", "2.5x"),
                flagged("It answers in 75 ms, or 1.2 s; 40 MB of heap, 90 % of runs, 3× faster, 1.6 times as fast,"
                        + " 1,250,000 ops/s, 12µs, 2.5x.", Set.of()));
    }

    @Test
    void ordinaryProsePasses() {
        assertEquals(List.of(), flagged("JDK 25 and JEP 444 on two cores, 1,000 numbers, 8 threads, step 3, Python 3.14,"
                + " 64-bit, the 2nd run, 10,000 sleeping threads.", Set.of()));
    }

    @Test
    void aSamplesInputsMayBeRepeated() {
        assertEquals(List.of("60 ms"), flagged("Each task sleeps 50 ms and the whole run takes 60 ms.", Set.of(50.0)));
        assertEquals(List.of(), flagged("A pool of 1_000 tasks, each 1,000 ms.", Set.of(1000.0)));
    }

    @Test
    void codeLinksReferencesAndGivensAreNotProse() {
        assertEquals(List.of(), flagged("code: `Thread.sleep(75)`, `75 ms`; +75 ms+; value:x/S.java[speed-up] times;"
                + " see https://example.org/75ms and xref:x.adoc[75 ms]; a hypothetical [.given]#200 ms#.", Set.of()));
    }

    @Test
    void handTypedVerdictsAreFlaggedOnEveryPage() {
        List<ProseLint.Finding> findings = ProseLint.check("It held (checked), and so did this (also checked); (Verified)"
                + " (checked at 400 tasks); InterruptedException (a checked exception) is prose.", false, Set.of(), List.of());
        assertEquals(List.of("(checked)", "(also checked)", "(Verified)", "(checked at 400 tasks)"),
                findings.stream().map(ProseLint.Finding::text).toList());
    }

    @Test
    void aThresholdTypedBesideAComparisonIsFlagged() {
        assertEquals(List.of("at least 0.7", "above 1.3", "≥ 0.85"),
                flagged("An efficiency of at least 0.7, a speed-up above 1.3 and ≥ 0.85; 8 threads at least 2 times.",
                        Set.of(2.0)));
    }

    @Test
    void numbersArePassedOnPagesThatRunNothing() {
        assertEquals(List.of(), ProseLint.check("A reader on 4 cores might see 3.5 times.", false, Set.of(), List.of()));
    }

    @Test
    void inputsAreTheLiteralsOfTheCodeNotOfItsCommentsOrStrings() {
        assertEquals(Set.of(50.0, 1000.0, 2.5, 8.0),
                InputNumbers.in("Thread.sleep(50); // about 75 ms\nlong n = 1_000L; double f = 2.5; /* 90 */ int t = 8;"
                        + " IO.println(\"took 12 ms\"); var x = y2;"));
    }
}
