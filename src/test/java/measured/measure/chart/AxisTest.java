package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void ticksAreRoundValuesFromZeroToAboveTheData() {
        assertEquals(List.of("0", "200", "400", "600", "800", "1000"), Axis.nice(0, 812, 7, 0, true, false).labels());
        assertEquals(List.of("0", "100", "200", "300", "400", "500", "600", "700"), Axis.nice(0, 644, 7, 0, true, false).labels());
        Axis axis = Axis.nice(0, 12.5, 7, 1, true, false);
        assertEquals(0, axis.lo());
        assertEquals(14, axis.hi(), 1e-9);
    }

    @Test
    void ticksHaveTheDecimalsTheirStepNeedsAndNoMore() {
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), Axis.nice(0, 1.96, 7, 2, true, false).labels());
        assertEquals(List.of("0.00", "0.25", "0.50", "0.75", "1.00", "1.25", "1.50", "1.75"),
                Axis.nice(0, 1.6, 7, 2, true, false).labels());
    }

    @Test
    void ticksAreNeverFinerThanTheValuesArePrinted() {
        // Counts printed without decimals: no tick at 0.5 even over a range of three.
        assertEquals(List.of("0", "1", "2", "3"), Axis.nice(0, 3, 7, 0, true, false).labels());
        // One decimal printed: a step of 0.25 would need two, so the axis takes 0.5.
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), Axis.nice(0, 1.6, 7, 1, true, false).labels());
    }

    @Test
    void wholeNumberAxesGetWholeTicksOnly() {
        assertEquals(List.of("1", "2", "3", "4"), Axis.nice(1, 4, 8, 0, false, false).labels());
        assertEquals(List.of("2", "4", "6", "8", "10", "12", "14", "16"), Axis.nice(1, 16, 8, 0, false, false).labels());
    }

    @Test
    void groupedValuesGetGroupedTicks() {
        assertEquals(List.of("0", "5,000", "10,000", "15,000", "20,000", "25,000", "30,000"),
                Axis.nice(0, 25_300, 7, 0, true, true).labels());
    }

    @Test
    void negativeValuesExtendTheAxisBelowZero() {
        Axis axis = Axis.nice(-12.5, 30.2, 7, 1, true, false);
        assertEquals(List.of("-20", "-10", "0", "10", "20", "30", "40"), axis.labels());
        assertEquals(-20, axis.lo(), 1e-9);
    }

    @Test
    void aRangeOfNothingStillHasTwoTicks() {
        assertEquals(List.of("0", "1"), Axis.nice(0, 0, 7, 0, true, false).labels());
    }

    @Test
    void everyStepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenAndTheTicksCoverTheData() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            double max = Math.pow(10, random.nextInt(12) - 4) * (1 + random.nextDouble() * 9);
            int decimals = random.nextInt(5);
            Axis axis = Axis.nice(0, max, 7, decimals, true, false);
            List<Double> ticks = axis.ticks();
            double step = ticks.get(1) - ticks.get(0);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(List.of(1.0, 2.0, 2.5, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-6), "step " + step);
            assertTrue(step >= Math.pow(10, -decimals) - 1e-12, "step " + step + " finer than " + decimals + " decimals");
            assertTrue(ticks.size() - 1 <= 7 || step <= Math.pow(10, -decimals) * 5, ticks.size() + " ticks for " + max);
            assertEquals(0, ticks.getFirst(), 1e-12);
            assertTrue(ticks.getLast() >= max - step * 1e-9 && ticks.getLast() - step < max, max + ": " + ticks);
            for (int i = 1; i < ticks.size(); i++) {
                assertEquals(step, ticks.get(i) - ticks.get(i - 1), step * 1e-6);
            }
        }
    }

    @Test
    void aPaddedAxisKeepsItsTicksInside() {
        Axis axis = new Axis(1, 16, List.of(1.0, 2.0, 4.0, 8.0, 16.0), List.of("1", "2", "4", "8", "16")).padded();
        assertTrue(axis.fraction(1) > 0 && axis.fraction(16) < 1);
        assertEquals(0.5, axis.fraction(8.5), 1e-9);
    }
}
