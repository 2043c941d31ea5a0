package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sequential: 8.04 s; sequential; 8.04; s",
            "lost updates: 31877; lost updates; 31877; ''",
            "speed-up: 1.93 x; speed-up; 1.93; x",
            "throughput: 1,000,000 ops/s; throughput; 1000000; ops/s",
            "  indented: -3 ms  ; indented; -3; ms",
            "latency p99 : 12 µs; latency p99; 12; µs",
            "cpu: 95%; cpu; 95; %",
            "heap: 12.5 MB; heap; 12.5; MB",
            "tasks: 1_000; tasks; 1000; ''",
            "elapsed: 12ms; elapsed; 12; ms",
            "Größe: 3 KiB; Größe; 3; KiB"})
    void readsALineThatIsOnlyLabelNumberUnit(String line, String label, double value, String unit) {
        ReportedNumber number = ReportedNumber.parseLine(line).orElseThrow();
        assertEquals(label, number.label());
        assertEquals(value, number.value(), 1e-9);
        assertEquals(unit, number.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sequential: 8.04 s (one thread)",   // more than a unit after the number
            "done in 8.04 s",                     // no colon
            "1st run: 5",                         // the label must start with a letter
            "speed-up:1.9",                       // no space after the colon
            "at 12:30",                           // a time of day
            "| threads | 4 |",                    // a table row
            "time: 12,5 ms",                      // a decimal comma
            "ratio: 1.9 x faster",                // two words after the number
            "value: NaN",
            "empty:",
            ": 5"})
    void ignoresEveryOtherLine(String line) {
        assertTrue(ReportedNumber.parseLine(line).isEmpty(), line);
    }
}
