package measured.asciidoc;

import measured.run.RunOrigin;
import measured.run.SampleResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pages of one build showed: one record per sample use and per JShell session, for the
 * machine-readable report and the sample catalog.
 */
public final class PageOutputs {

    /** One thing a page ran: which page, what, how long it took, when and where, whether it passed. */
    public record Shown(String page, String what, boolean jshell, Duration wallTime, RunOrigin origin, boolean verified,
                        boolean measurement, boolean preview) {
    }

    private final List<Shown> shown = new ArrayList<>();

    synchronized void recordSample(String page, String samplePath, SampleResult result, boolean verified) {
        Duration wall = result.shownRun().map(run -> run.wallTime()).orElse(Duration.ZERO);
        shown.add(new Shown(page, samplePath, false, wall, result.origin(), verified,
                result.request().isMeasurement(), result.preview()));
    }

    public synchronized List<Shown> all() {
        return List.copyOf(shown);
    }
}
