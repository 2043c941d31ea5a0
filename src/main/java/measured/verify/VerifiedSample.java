package measured.verify;

import measured.measure.ChartData;
import measured.measure.MeasureException;
import measured.measure.MeasuredTable;
import measured.measure.Measurement;
import measured.outcome.Outcome;
import measured.plan.SampleUse;

import java.util.List;
import java.util.Optional;

/**
 * A sample as its page shows it: the use, the outcome of its run, the verdict, the chart drawn from it, and the
 * same measurement as other machines recorded it in results bundles, each judged by the page's claims.
 */
public record VerifiedSample(SampleUse use, Outcome outcome, Verdict verdict, Optional<ChartData> chart,
                             List<Elsewhere> elsewhere) {

    /** The same sample's result from another machine's bundle, judged by this page's claims. */
    public record Elsewhere(String bundle, Outcome outcome, Verdict verdict) {
    }

    public VerifiedSample {
        elsewhere = List.copyOf(elsewhere);
    }

    /** Judges the outcome for this use and draws the chart it asks for (a chart that cannot be drawn is a problem). */
    public static VerifiedSample of(SampleUse use, Outcome outcome) {
        return of(use, outcome, Verdict.of(Subject.sample(use.request().samplePath()), use.claims(), outcome));
    }

    /** The same, with what other machines recorded. */
    public VerifiedSample withElsewhere(List<Elsewhere> others) {
        return new VerifiedSample(use, outcome, verdict, chart, others);
    }

    /** Every problem: this result's, and those of results from other machines' bundles that the claims reject. */
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>(verdict.allProblems());
        for (Elsewhere other : elsewhere) {
            other.verdict().allProblems().forEach(p -> problems.add("in results bundle " + other.bundle() + ": " + p
                    + " (re-record that bundle, or change the claim)"));
        }
        return problems;
    }

    /** The outcome shown with a verdict already reached (e.g. after retries on a busy machine). */
    public static VerifiedSample of(SampleUse use, Outcome outcome, Verdict verdict) {
        Optional<ChartData> chart = Optional.empty();
        if (verdict.problems().isEmpty() && use.chart().isPresent() && verdict.measurement().isPresent()) {
            try {
                chart = Optional.of(use.chart().get().select(
                        verdict.measurement().get().tables().stream().map(MeasuredTable::medians).toList()));
            } catch (MeasureException e) {
                verdict = verdict.withProblem(Subject.sample(use.request().samplePath()).what() + ": " + e.getMessage());
            }
        }
        return new VerifiedSample(use, outcome, verdict, chart, List.of());
    }

    /** The result tables the page shows: for a measurement each numeric cell is the median over the runs. */
    public List<MeasuredTable> tables() {
        return verdict.measurement().map(Measurement::tables).orElse(List.of());
    }
}
