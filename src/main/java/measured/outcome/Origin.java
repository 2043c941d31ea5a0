package measured.outcome;

import java.time.Instant;

/** When, on which JDK and on which machine a result was measured, and whether this build took it from the cache. */
public record Origin(Instant measuredAt, String jdk, Machine machine, boolean fromCache) {

    /** The same result, as a later build sees it. */
    public Origin cached() {
        return new Origin(measuredAt, jdk, machine, true);
    }
}
