package measured.verify;

import measured.measure.ChartData;
import measured.measure.MeasureException;
import measured.measure.MeasuredTable;
import measured.measure.Measurement;
import measured.outcome.Outcome;
import measured.plan.SampleUse;

import java.util.List;
import java.util.Optional;

/** A sample as its page shows it: the use, the outcome of its run, the verdict, and the chart drawn from it. */
public record VerifiedSample(SampleUse use, Outcome outcome, Verdict verdict, Optional<ChartData> chart) {

    /** Judges the outcome for this use and draws the chart it asks for (a chart that cannot be drawn is a problem). */
    public static VerifiedSample of(SampleUse use, Outcome outcome) {
        return of(use, outcome, Verdict.of(Subject.sample(use.request().samplePath()), use.claims(), outcome));
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
        return new VerifiedSample(use, outcome, verdict, chart);
    }

    /** The result tables the page shows: for a measurement each numeric cell is the median over the runs. */
    public List<MeasuredTable> tables() {
        return verdict.measurement().map(Measurement::tables).orElse(List.of());
    }
}
