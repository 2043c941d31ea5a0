package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1234; 1234; 0; false",
            "12.5; 12.5; 1; false",
            "-3; -3; 0; false",
            "1,000,000; 1000000; 0; true",
            "1_000; 1000; 0; true",
            "0.050; 0.05; 3; false",
            "1.5E-4; 0.00015; 5; false",
            "2e3; 2000; 0; false",
            "007; 7; 0; false",
            "-1,234.75; -1234.75; 2; true"})
    void readsTheNumbersSamplesPrint(String text, double value, int decimals, boolean grouped) {
        NumberText number = NumberText.parse(text).orElseThrow();
        assertEquals(value, number.value(), 1e-12);
        assertEquals(new NumberStyle(decimals, grouped), number.style());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,5", "12,50", "1,0000", "+3", ".5", "5.", "1__000", "_1", "1_", "NaN",
            "Infinity", "1e999", "12 ms", "0x10", "1.2.3", "--3", "1,000_000"})
    void rejectsWhatIsNotExactlyOneNumber(String text) {
        assertTrue(NumberText.parse(text).isEmpty(), text);
    }

    @Test
    void aDecimalCommaIsNeverReadAsGrouping() {
        // "1,5" in a German locale means one and a half; it must not become 15.
        assertTrue(NumberText.parse("1,5").isEmpty());
        assertFalse(NumberText.parse("1,500").isEmpty());
    }

    @Test
    void formatsItselfAsPrinted() {
        assertEquals("1,000,000", NumberText.parse("1_000_000").orElseThrow().format());
        assertEquals("12.50", NumberText.parse("12.50").orElseThrow().format());
    }
}
