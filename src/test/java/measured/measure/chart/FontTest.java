package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FontTest {

    @Test
    void widthsGrowWithLengthAndSizeAndWideLetters() {
        assertTrue(Font.TICK.width("iiii") < Font.TICK.width("oooo"));
        assertTrue(Font.TICK.width("oooo") < Font.TICK.width("MMMM"));
        assertTrue(Font.TICK.width("threads") < Font.AXIS_TITLE.width("threads"));
        assertTrue(Font.AXIS_TITLE.width("threads") < Font.TITLE.width("threads"));
        assertEquals(0, Font.TICK.width(""));
    }

    /** Widths in DejaVu Sans (the widest common sans-serif font) as headless Chromium measured them. */
    @Test
    void theEstimateIsNeverNarrowerThanDejaVuSansNorMuchWider() {
        assertEstimate(Font.TICK, "RecursiveTask, own pool", 146.0);
        assertEstimate(Font.TICK, "virtual, 200 frames deep", 148.2);
        assertEstimate(Font.TICK, "platform, 1 frame deep", 139.3);
        assertEstimate(Font.TICK, "synchronizedMap(HashMap)", 169.5);
        assertEstimate(Font.TICK, "throughput (req/s)", 110.1);
        assertEstimate(Font.TICK, "1,800", 34.3);
        assertEstimate(Font.TICK, "0123456789", 76.3);
        assertEstimate(Font.TITLE, "Counting primes: speed-up over a sequential stream", 475.8);
    }

    private static void assertEstimate(Font font, String text, double rendered) {
        double estimate = font.width(text);
        assertTrue(estimate >= rendered && estimate <= rendered * 1.15, text + ": " + estimate + " for " + rendered);
    }

    @Test
    void shortenKeepsWhatFitsAndCutsWhatDoesNotWithAnEllipsis() {
        assertEquals("threads", Font.TICK.shorten("threads", 100));
        String cut = Font.TICK.shorten("Collections.synchronizedMap(new HashMap<>())", 100);
        assertTrue(cut.endsWith("…") && cut.length() > 3, cut);
        assertTrue(Font.TICK.width(cut) <= 100, cut);
        assertTrue("Collections.synchronizedMap(new HashMap<>())".startsWith(cut.substring(0, cut.length() - 1)));
    }

    @Test
    void wrapSplitsAtTheSpaceThatBalancesTheTwoLines() {
        assertEquals(List.of("virtual threads"), Font.TICK.wrap("virtual threads", 200));
        assertEquals(List.of("RecursiveTask,", "own pool"), Font.TICK.wrap("RecursiveTask, own pool", 100));
        assertEquals(List.of("platform, 1", "frame deep"), Font.TICK.wrap("platform, 1 frame deep", 80));
    }

    @Test
    void wrapShortensWhatTwoLinesCannotHold() {
        List<String> lines = Font.TICK.wrap("ReentrantReadWriteLock guarding a HashMap", 60);
        assertEquals(2, lines.size());
        lines.forEach(line -> assertTrue(Font.TICK.width(line) <= 60, line));
        assertEquals(List.of("synchroniz…"), Font.TICK.wrap("synchronizedMap(HashMap)", 80));
    }
}
