package measured.run;

import measured.outcome.Expectation;

import java.time.Duration;
import java.util.List;

/**
 * One program to run: its path under samples/, its arguments, how it is meant to end, its timeout, and
 * for a measurement how many counted runs follow the warm-up (0 for an ordinary sample).
 */
public record SampleRequest(String samplePath, List<String> args, Expectation expect, Duration timeout, int runs)
        implements RunRequest {

    public SampleRequest {
        args = List.copyOf(args);
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

    @Override
    public boolean alone() {
        return isMeasurement();
    }
}
