package measured.outcome;

import java.time.Instant;

/**
 * When, on which JDK and on which machine a result was measured; whether this bake took it from the cache
 * rather than running it; and the results bundle that supplied it, if one did (empty otherwise).
 */
public record Origin(Instant measuredAt, String jdk, Machine machine, boolean fromCache, String bundle) {

    /** A result not from a bundle. */
    public Origin(Instant measuredAt, String jdk, Machine machine, boolean fromCache) {
        this(measuredAt, jdk, machine, fromCache, "");
    }

    /** The same result, as a later build sees it. */
    public Origin cached() {
        return new Origin(measuredAt, jdk, machine, true, bundle);
    }

    /** The same result, as a bake sees it that takes it from the bundle with this name. */
    public Origin inBundle(String name) {
        return new Origin(measuredAt, jdk, machine, true, name);
    }

    public boolean fromBundle() {
        return !bundle.isEmpty();
    }
}
