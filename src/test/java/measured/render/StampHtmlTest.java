package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import measured.outcome.Ending;
import measured.outcome.Machine;
import measured.outcome.Origin;
import measured.outcome.Outcome;
import measured.outcome.Run;

class StampHtmlTest {

    private static final Origin ORIGIN = new Origin(Instant.parse("2025-11-24T22:40:05.123Z"),
            "Eclipse Adoptium 25.0.3+9-LTS", new Machine(2, 2, "AMD EPYC", "Linux", "amd64"), false);

    @Test
    void saysWhenHowLongAndOnWhat() {
        assertEquals("<p class=\"stamp\">Measured <time datetime=\"2025-11-24T22:40:05Z\">2025-11-24 22:40 UTC</time>"
                + " in 412 ms on Eclipse Adoptium 25.0.3+9-LTS, 2 cores (2 physical), AMD EPYC, Linux amd64</p>",
                StampHtml.render(Outcome.single(run(412), ORIGIN, false)));
    }

    @Test
    void saysWhenItComesFromTheCache() {
        Origin cached = new Origin(ORIGIN.measuredAt(), "Vendor <X>", new Machine(1, 0, "", "Linux", "amd64"), true);
        assertEquals("<p class=\"stamp\">Measured <time datetime=\"2025-11-24T22:40:05Z\">2025-11-24 22:40 UTC</time>"
                + " in 412 ms on Vendor &lt;X&gt;, 1 core, Linux amd64 <span class=\"stamp-cached\">(from the cache)</span></p>",
                StampHtml.render(Outcome.single(run(412), cached, false)));
    }

    @Test
    void aCompilationSaysWhenAndWhichJdkWithoutAWallTime() {
        assertEquals("<p class=\"stamp\">Compiled <time datetime=\"2025-11-24T22:40:05Z\">2025-11-24 22:40 UTC</time>"
                + " on Eclipse Adoptium 25.0.3+9-LTS, 2 cores (2 physical), AMD EPYC, Linux amd64</p>",
                StampHtml.render(Outcome.single(Run.didNotCompile("X.java:1: error"), ORIGIN, false)));
    }

    @Test
    void aMeasurementShowsTheMedianWallTimeEvenForAnEvenCount() {
        Outcome four = new Outcome(List.of(run(100), run(400), run(200), run(300)), 1, ORIGIN, false, 1);
        assertEquals(Duration.ofMillis(250), four.wallTime());
        assertEquals(200, four.representative().wallTime().toMillis(), "the lower middle run is the one shown");
        assertEquals(true, StampHtml.render(four).contains(" in 250 ms "), StampHtml.render(four));
    }

    @Test
    void saysHowBusyTheRestOfTheMachineWasAndWhichAttemptThisWas() {
        Run loaded = new Run("", 0, Ending.COMPLETED, 0, Optional.empty(), 0, Duration.ofMillis(412), Optional.empty(), Optional.of(0.034));
        String stamp = StampHtml.render(new Outcome(List.of(loaded), 0, ORIGIN, false, 2));
        assertEquals(true, stamp.contains("Linux amd64; other load during the run 0.03 cores; attempt 2</p>"), stamp);
    }

    @Test
    void datetimeValuesAreWholeSeconds() {
        assertEquals("2025-11-24T22:40:05Z", StampHtml.datetime(Instant.parse("2025-11-24T22:40:05.094490959Z")));
    }

    private static Run run(long millis) {
        return new Run("", 0, Ending.COMPLETED, 0, Optional.empty(), 0, Duration.ofMillis(millis), Optional.empty(), Optional.empty());
    }
}
