package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @Test
    void keepsThePrintedDecimals() {
        assertEquals("1.40", new NumberStyle(2, false).format(1.4));
        assertEquals("812", new NumberStyle(0, false).format(812));
    }

    @Test
    void addsOneDecimalForTheMeanOfTwoPrintedValues() {
        assertEquals("3.5", new NumberStyle(0, false).format(3.5));
        assertEquals("1.415", new NumberStyle(2, false).format((1.41 + 1.42) / 2));
    }

    @Test
    void roundsNoiseToThePrintedDecimals() {
        assertEquals("0.412", new NumberStyle(3, false).format(0.41234567));
    }

    @Test
    void groupsThousandsWithCommasWhenTheSampleDid() {
        assertEquals("1,234,567", new NumberStyle(0, true).format(1234567));
        assertEquals("1234567", new NumberStyle(0, false).format(1234567));
    }

    @Test
    void neverPrintsNegativeZero() {
        assertEquals("0.00", new NumberStyle(2, false).format(-0.0001));
    }

    @Test
    void theWiderStyleLosesNoDigit() {
        assertEquals(new NumberStyle(3, true), new NumberStyle(1, true).wider(new NumberStyle(3, false)));
    }
}
