package measured.verify;

import measured.outcome.Outcome;
import measured.run.RunRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the verifier does when a claim fails while other programs were loading the machine: waits for quiet
 * (bounded), runs the request again alone, and judges again, up to {@link #MAX_ATTEMPTS} attempts in all. When
 * every attempt failed under load, the failure is the machine's, not the page's: the claims are shown as
 * {@code busy} with the load measured. A claim that fails on a quiet machine fails the bake as always.
 */
final class BusyRetry {

    /** Other processes using at least this many cores on average during a run make its timing suspect. */
    static final double SIGNIFICANT_LOAD_CORES = 0.25;
    static final int MAX_ATTEMPTS = 3;

    private final Function<RunRequest, List<Outcome>> rerun;
    private final Runnable awaitQuiet;

    /**
     * @param rerun      runs a request again, alone, whatever the cache holds
     * @param awaitQuiet waits (bounded) until the rest of the machine is quiet
     */
    BusyRetry(Function<RunRequest, List<Outcome>> rerun, Runnable awaitQuiet) {
        this.rerun = rerun;
        this.awaitQuiet = awaitQuiet;
    }

    /** The judgement of one request's outcomes: the verdicts of all its uses. */
    record Judged(List<Outcome> outcomes, List<Verdict> verdicts) {

        boolean onlyClaimsFailed() {
            return verdicts.stream().noneMatch(v -> !v.problems().isEmpty())
                    && verdicts.stream().anyMatch(Verdict::onlyClaimsFailed);
        }

        boolean passed() {
            return verdicts.stream().allMatch(Verdict::passed);
        }
    }

    /**
     * Judges the outcomes and, while only claims fail under significant load, retries.
     *
     * @param judge the verdicts of every use of the request for a set of outcomes
     */
    Judged judge(RunRequest request, List<Outcome> first, Function<List<Outcome>, List<Verdict>> judge) {
        Judged judged = new Judged(first, judge.apply(first));
        List<Double> loads = new ArrayList<>();
        loads.add(load(first));
        int attempts = 1;
        while (judged.onlyClaimsFailed() && loads.getLast() >= SIGNIFICANT_LOAD_CORES && attempts < MAX_ATTEMPTS) {
            awaitQuiet.run();
            attempts++;
            int attempt = attempts;
            List<Outcome> again = rerun.apply(request).stream().map(o -> o.withAttempts(attempt)).toList();
            judged = new Judged(again, judge.apply(again));
            loads.add(load(again));
        }
        boolean everyAttemptBusy = loads.stream().allMatch(l -> l >= SIGNIFICANT_LOAD_CORES);
        if (judged.onlyClaimsFailed() && everyAttemptBusy) {
            String note = "failed in " + attempts + (attempts == 1 ? " attempt" : " attempts")
                    + " while other programs kept " + describe(loads) + " busy";
            return new Judged(judged.outcomes(), judged.verdicts().stream().map(v -> v.onlyClaimsFailed() ? v.busy(note) : v).toList());
        }
        return judged;
    }

    /** The highest load among the outcomes (a session's blocks, or one sample); 0 where it is unknown. */
    private static double load(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::otherLoad).flatMap(Optional::stream).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String describe(List<Double> loads) {
        double min = loads.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = loads.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return min == max || loads.size() == 1 ? String.format(Locale.ROOT, "%.2f cores", max)
                : String.format(Locale.ROOT, "%.2f–%.2f cores", min, max);
    }
}
