package measured.asciidoc;

import measured.run.JShellResult;
import measured.run.RunOrigin;
import measured.run.jshell.BlockResult;
import measured.run.SampleResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    private final Map<String, String> files = new TreeMap<>();

    synchronized void recordSample(String page, String samplePath, SampleResult result, boolean verified) {
        Duration wall = result.shownRun().map(run -> run.wallTime()).orElse(Duration.ZERO);
        shown.add(new Shown(page, samplePath, false, wall, result.origin(), verified,
                result.request().isMeasurement(), result.preview()));
    }

    synchronized void recordJShell(String page, JShellResult result, boolean verified) {
        Duration wall = result.blocks().stream().map(BlockResult::wallTime).reduce(Duration.ZERO, Duration::plus);
        shown.add(new Shown(page, result.blocks().size() + " JShell block(s)", true, wall, result.origin(), verified,
                false, false));
    }

    /** A file to publish with the site, by its path in the site (a page's .jsh session). */
    synchronized void addFile(String sitePath, String text) {
        files.put(sitePath, text);
    }

    public synchronized Map<String, String> files() {
        return Map.copyOf(files);
    }

    public synchronized List<Shown> all() {
        return List.copyOf(shown);
    }
}
