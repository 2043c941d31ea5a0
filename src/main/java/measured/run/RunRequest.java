package measured.run;

/**
 * Something the runner runs and caches as one unit: a sample (one outcome) or a page's JShell session (one
 * outcome per block).
 */
public sealed interface RunRequest permits SampleRequest, JShellRequest {

    /** What progress lines and the summary call it. */
    String label();

    /** Whether it must run with nothing else on the machine (a measurement). */
    boolean alone();
}
