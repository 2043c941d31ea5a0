package measured.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where and when a result was measured: the moment, the wall time, the JDK (vendor and version), the
 * machine's cores, operating system and architecture, and whether the page shows it from the cache.
 * The runner fills it in from its {@code RunOrigin}; for a measurement the wall time is the median.
 */
public record Stamp(Instant measuredAt, Duration wallTime, String jdk, int cores, String os, String arch,
        boolean fromCache) {

    public Stamp {
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(arch, "arch");
    }
}
