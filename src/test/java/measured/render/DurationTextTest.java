package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void picksAUnitAReaderCanTake() {
        assertEquals("0 ms", DurationText.format(Duration.ZERO));
        assertEquals("412 ms", DurationText.format(Duration.ofNanos(412_900_000)));
        assertEquals("8.04 s", DurationText.format(Duration.ofMillis(8_040)));
        assertEquals("12.3 s", DurationText.format(Duration.ofMillis(12_340)));
        assertEquals("2 min 5 s", DurationText.format(Duration.ofMillis(125_200)));
    }
}
