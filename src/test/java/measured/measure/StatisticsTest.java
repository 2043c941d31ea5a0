package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        Statistics stats = Statistics.of(5, 1, 4, 2, 3);
        assertEquals(3, stats.median());
        assertEquals(1, stats.min());
        assertEquals(5, stats.max());
        assertEquals(5, stats.n());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Statistics.of(4, 1, 3, 2).median());
        assertEquals(1.415, Statistics.of(1.42, 1.41).median(), 1e-15);
    }

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        Statistics stats = Statistics.of(1, 2, 3, 4, 5);
        assertEquals(2, stats.q1());
        assertEquals(4, stats.q3());
        assertEquals(2, stats.iqr());
        Statistics four = Statistics.of(1, 2, 3, 4);
        assertEquals(1.75, four.q1());
        assertEquals(3.25, four.q3());
    }

    @Test
    void oneValueIsItsOwnSpread() {
        Statistics stats = Statistics.of(7.5);
        assertEquals(7.5, stats.median());
        assertEquals(0, stats.iqr());
        assertTrue(stats.isConstant());
        assertFalse(Statistics.of(1, 2).isConstant());
    }

    @Test
    void refusesNoValuesAndNonFiniteOnes() {
        assertThrows(IllegalArgumentException.class, Statistics::of);
        assertThrows(IllegalArgumentException.class, () -> Statistics.of(1, Double.NaN));
    }
}
