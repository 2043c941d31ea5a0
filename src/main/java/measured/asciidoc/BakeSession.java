package measured.asciidoc;

import measured.run.SampleRuns;

import java.util.Objects;

/**
 * What the AsciiDoc extensions work with during one build: the sample results and the problem list.
 * Asciidoctor creates the extensions itself (by SPI), so the build opens the session before it bakes and
 * closes it afterwards; the extensions find it here.
 */
public final class BakeSession implements AutoCloseable {

    private static volatile BakeSession current;

    private final SampleRuns runs;
    private final PageProblems problems = new PageProblems();
    private final PageOutputs outputs = new PageOutputs();
    private final PendingSamples pendingSamples = new PendingSamples();

    private BakeSession(SampleRuns runs) {
        this.runs = runs;
    }

    public static BakeSession open(SampleRuns runs) {
        BakeSession session = new BakeSession(runs);
        current = session;
        return session;
    }

    /** What the pages of the running build showed so far, for templates rendered after the pages. */
    public static PageOutputs currentOutputs() {
        return current().outputs();
    }

    static BakeSession current() {
        return Objects.requireNonNull(current, "no build is running: AsciiDoc pages with samples are baked by SiteBuild");
    }

    public SampleRuns runs() {
        return runs;
    }

    public PageProblems problems() {
        return problems;
    }

    PendingSamples pendingSamples() {
        return pendingSamples;
    }

    public PageOutputs outputs() {
        return outputs;
    }

    @Override
    public void close() {
        current = null;
    }
}
