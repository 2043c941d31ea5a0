package measured.run;

import java.time.Instant;

/** When and on what a result was measured: the stamp every output on the site carries. */
public record RunOrigin(Instant measuredAt, String jdk, int cores, String os, String arch, boolean fromCache) {

    /** This machine, now. */
    public static RunOrigin here() {
        return new RunOrigin(Instant.now(),
                System.getProperty("java.vendor") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                false);
    }

    public RunOrigin cached() {
        return new RunOrigin(measuredAt, jdk, cores, os, arch, true);
    }
}
