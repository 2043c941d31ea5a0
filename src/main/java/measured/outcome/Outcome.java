package measured.outcome;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What running one program (or one JShell block) gave: its counted runs — one for an ordinary sample, n after
 * {@code warmUps} uncounted runs for a measurement —, where and when it ran, whether it needed preview
 * features, and how many times the runner ran it before keeping this result.
 *
 * <p>The median rule lives here and nowhere else: the run a page shows is the one with the median wall time
 * (the lower middle one when n is even, the earlier one on a tie), and the wall time a stamp or a report gives
 * is the median of all counted runs.
 */
public record Outcome(List<Run> runs, int warmUps, Origin origin, boolean preview, int attempts) {

    public Outcome {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an outcome has at least one run");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("an outcome was attempted at least once: " + attempts);
        }
    }

    /** An ordinary result: one run, no warm-up, first attempt. */
    public static Outcome single(Run run, Origin origin, boolean preview) {
        return new Outcome(List.of(run), 0, origin, preview, 1);
    }

    /** A measurement: counted runs after warm-ups, shown with their statistics. */
    public boolean isMeasurement() {
        return warmUps > 0;
    }

    public boolean didNotCompile() {
        return runs.getFirst().ending() == Ending.DID_NOT_COMPILE;
    }

    /** The index of the run with the median wall time: the lower middle one when n is even, the earlier on a tie. */
    public int representativeIndex() {
        List<Integer> byWallTime = IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> runs.get(i).wallTime()).thenComparing(i -> i))
                .toList();
        return byWallTime.get((runs.size() - 1) / 2);
    }

    /** The run the page shows. */
    public Run representative() {
        return runs.get(representativeIndex());
    }

    /** The median wall time of the counted runs (the mean of the middle two when n is even). */
    public Duration wallTime() {
        List<Duration> sorted = runs.stream().map(Run::wallTime).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /**
     * The median of the CPU time other processes used during the counted runs, in cores; empty where the
     * platform does not say.
     */
    public java.util.Optional<Double> otherLoad() {
        List<Double> loads = runs.stream().flatMap(run -> run.otherLoad().stream()).sorted().toList();
        if (loads.isEmpty()) {
            return java.util.Optional.empty();
        }
        int middle = loads.size() / 2;
        return java.util.Optional.of(loads.size() % 2 == 1 ? loads.get(middle) : (loads.get(middle - 1) + loads.get(middle)) / 2);
    }

    public Outcome withOrigin(Origin newOrigin) {
        return new Outcome(runs, warmUps, newOrigin, preview, attempts);
    }

    public Outcome withAttempts(int count) {
        return new Outcome(runs, warmUps, origin, preview, count);
    }
}
