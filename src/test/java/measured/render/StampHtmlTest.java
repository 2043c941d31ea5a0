package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import measured.measure.Stamp;

class StampHtmlTest {

    private static final Stamp STAMP = new Stamp(Instant.parse("2025-11-24T22:40:05.123Z"), Duration.ofMillis(412),
            "Eclipse Adoptium 25.0.3+9-LTS", 2, "Linux", "amd64", false);

    @Test
    void saysWhenHowLongAndOnWhat() {
        assertEquals("<p class=\"stamp\">Measured <time datetime=\"2025-11-24T22:40:05Z\">2025-11-24 22:40 UTC</time>"
                + " in 412 ms on Eclipse Adoptium 25.0.3+9-LTS, 2 cores, Linux amd64</p>", StampHtml.render(STAMP));
    }

    @Test
    void saysWhenItComesFromTheCache() {
        Stamp cached = new Stamp(STAMP.measuredAt(), STAMP.wallTime(), "Vendor <X>", 1, "Linux", "amd64", true);
        assertEquals("<p class=\"stamp\">Measured <time datetime=\"2025-11-24T22:40:05Z\">2025-11-24 22:40 UTC</time>"
                + " in 412 ms on Vendor &lt;X&gt;, 1 core, Linux amd64 <span class=\"stamp-cached\">(from the cache)</span></p>",
                StampHtml.render(cached));
    }

    @Test
    void aCompilationSaysWhenAndWhichJdkWithoutAWallTime() {
        assertEquals("<p class=\"stamp\">Compiled <time datetime=\"2025-11-24T22:40:05Z\">2025-11-24 22:40 UTC</time>"
                + " on Eclipse Adoptium 25.0.3+9-LTS, 2 cores, Linux amd64</p>", StampHtml.renderCompilation(STAMP));
    }

    @Test
    void datetimeValuesAreWholeSeconds() {
        assertEquals("2025-11-24T22:40:05Z", StampHtml.datetime(Instant.parse("2025-11-24T22:40:05.094490959Z")));
    }
}
