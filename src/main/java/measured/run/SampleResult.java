package measured.run;

import measured.run.process.ProcessRun;

import java.util.List;
import java.util.Optional;

/**
 * What running a sample produced: the compiler's errors if it did not compile, otherwise the counted
 * runs (one for an ordinary sample; n after a warm-up for a measurement); whether it needed preview
 * features; where and when it ran.
 */
public record SampleResult(SampleRequest request, boolean preview, Optional<String> compileErrors,
                           List<ProcessRun> runs, RunOrigin origin) {

    public SampleResult {
        runs = List.copyOf(runs);
    }

    /** Whether every run ended as the request expected (a compile error counts as a failure). */
    public boolean metExpectation() {
        if (compileErrors.isPresent()) {
            return request.expect() == Expectation.FAIL;
        }
        return !runs.isEmpty() && runs.stream().allMatch(request.expect()::metBy);
    }

    /** The run the page shows: for a measurement the one with the median wall time. */
    public Optional<ProcessRun> shownRun() {
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        List<ProcessRun> byTime = runs.stream()
                .sorted(java.util.Comparator.comparing(ProcessRun::wallTime)).toList();
        return Optional.of(byTime.get((byTime.size() - 1) / 2));
    }
}
