package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import measured.measure.Measurement;
import measured.measure.Runs;
import measured.outcome.Run;

class StatisticsHtmlTest {

    @Test
    void listsWallTimeAndEveryReportedNumber() {
        Measurement m = Measurement.of(Runs.outcome(
                run(410, "speed-up: 1.93 x\nlost <updates>: 5\n"),
                run(390, "speed-up: 1.80 x\nlost <updates>: 9\n"),
                run(450, "speed-up: 1.99 x\nlost <updates>: 7\n")));
        String html = StatisticsHtml.render(m, 1);
        assertTrue(html.startsWith("<table class=\"run-stats\"><caption>3 runs after 1 warm-up</caption>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">wall time</th><td class=\"num\">0.410</td>"
                + "<td class=\"num\">0.390</td><td class=\"num\">0.450</td><td>s</td></tr>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">speed-up</th><td class=\"num\">1.93</td>"
                + "<td class=\"num\">1.80</td><td class=\"num\">1.99</td><td>x</td></tr>"), html);
        assertTrue(html.contains("<th scope=\"row\">lost &lt;updates&gt;</th>"), html);
    }

    @Test
    void theCaptionCountsRunsAndWarmUps() {
        assertEquals("5 runs after 1 warm-up", StatisticsHtml.caption(5, 1));
        assertEquals("1 run, no warm-up", StatisticsHtml.caption(1, 0));
        assertEquals("10 runs after 2 warm-ups", StatisticsHtml.caption(10, 2));
    }

    private static Run run(long millis, String output) {
        return Runs.run(millis, output);
    }
}
