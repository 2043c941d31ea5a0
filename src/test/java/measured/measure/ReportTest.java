package measured.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void keepsARepeatedLabelAsASecondNumber() {
        Report report = Report.parse("time: 5 ms\ntime: 7 ms\ntime: 9 ms\nother: 1\n");
        assertEquals(List.of("time", "time #2", "time #3", "other"), report.labels());
        assertEquals(7, report.number("time #2").orElseThrow().value());
    }

    @Test
    void readsNumbersAndTablesInOneOutput() {
        Report report = Report.parse("""
                warming up
                speed-up: 1.93 x
                | threads | time (ms) |
                |---|---|
                | 1 | 812 |
                | 2 | 415 |
                done: 2 tables
                | a | b |
                |:--|--:|
                | x | 1 |
                """);
        assertEquals(List.of("speed-up", "done"), report.labels());
        assertEquals(2, report.tables().size());
        assertEquals(List.of("a", "b"), report.tables().get(1).headers());
    }

    @Test
    void handlesWindowsLineBreaks() {
        Report report = Report.parse("a: 1 s\r\nb: 2 s\r\n");
        assertEquals(List.of("a", "b"), report.labels());
        assertEquals("s", report.number("a").orElseThrow().unit());
    }

    @Test
    void anOutputWithoutReportsHasNone() {
        Report report = Report.parse("Hello from Thread[#1,main,5,main]\n");
        assertTrue(report.numbers().isEmpty());
        assertTrue(report.tables().isEmpty());
    }
}
