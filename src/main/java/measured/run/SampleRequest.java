package measured.run;

import measured.deps.Resolved;
import measured.outcome.Expectation;

import java.time.Duration;
import java.util.List;

/**
 * One program to run: its path under samples/, its arguments, how it is meant to end, its timeout, for a
 * measurement how many counted runs follow the warm-up (0 for an ordinary sample), and the dependencies its
 * {@code //DEPS} lines resolved to (none for a JDK-only sample).
 */
public record SampleRequest(String samplePath, List<String> args, Expectation expect, Duration timeout, int runs,
                            Resolved dependencies) implements RunRequest {

    public SampleRequest {
        args = List.copyOf(args);
    }

    /** A sample that uses only the JDK. */
    public SampleRequest(String samplePath, List<String> args, Expectation expect, Duration timeout, int runs) {
        this(samplePath, args, expect, timeout, runs, Resolved.NONE);
    }

    /** Whether it needs more than the JDK: the page then shows only the JBang command, which fetches them. */
    public boolean hasDependencies() {
        return !dependencies.isEmpty();
    }

    /** Measurements run alone on the machine, after a warm-up run. */
    public boolean isMeasurement() {
        return runs > 0;
    }

    public int countedRuns() {
        return isMeasurement() ? runs : 1;
    }

    @Override
    public String label() {
        return samplePath;
    }

    /**
     * Measurements run alone; so does a sample with dependencies, which are there for JMH or jcstress: harnesses
     * that measure, each fork at a time.
     */
    @Override
    public boolean alone() {
        return isMeasurement() || hasDependencies();
    }
}
