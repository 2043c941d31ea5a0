package measured.verify;

import measured.measure.MeasureException;
import measured.measure.Measurement;
import measured.measure.MeasuredNumber;
import measured.measure.Requirement;
import measured.outcome.Machine;
import measured.outcome.Outcome;
import measured.outcome.Run;
import measured.plan.Claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The judgement of one block's outcome against the page's claims — the same rules for a sample and for a
 * JShell block: every counted run must end as {@code expect} says and contain {@code check}; the numbers it
 * reports (the medians, for a measurement) must meet {@code require} on the machine that measured them.
 * Problems are worded for the author; claim results for the reader.
 *
 * @param problems      what makes the run itself wrong (it ended otherwise than expected, its output does not
 *                      contain what {@code check} says, it cannot be read)
 * @param claimFailures the {@code require} clauses that did not hold, worded for the author: the failures a busy
 *                      machine can cause
 */
public record Verdict(List<String> problems, List<String> claimFailures, List<ClaimResult> claims,
                      Optional<Measurement> measurement) {

    public Verdict {
        problems = List.copyOf(problems);
        claimFailures = List.copyOf(claimFailures);
        claims = List.copyOf(claims);
    }

    /** Every problem the author must fix, the run's own first. */
    public List<String> allProblems() {
        return Stream.concat(problems.stream(), claimFailures.stream()).toList();
    }

    public boolean passed() {
        return problems.isEmpty() && claimFailures.isEmpty();
    }

    /** Whether a claim failed under load on every attempt: shown, not a problem, but not worth keeping either. */
    public boolean wasBusy() {
        return claims.stream().anyMatch(c -> c.state() == ClaimState.BUSY);
    }

    /** Whether the run itself was fine and only claims failed: what a busy machine can cause. */
    public boolean onlyClaimsFailed() {
        return problems.isEmpty() && !claimFailures.isEmpty();
    }

    /** The same verdict with one more problem (found after the run was judged, e.g. a chart that cannot be drawn). */
    public Verdict withProblem(String problem) {
        List<String> more = new ArrayList<>(problems);
        more.add(problem);
        return new Verdict(more, claimFailures, claims, measurement);
    }

    /** The failed claims as failed by a busy machine: shown as {@code busy} with the note, no longer problems. */
    public Verdict busy(String note) {
        List<ClaimResult> marked = claims.stream()
                .map(c -> c.state() == ClaimState.FAILED ? c.withState(ClaimState.BUSY, note) : c).toList();
        return new Verdict(problems, List.of(), marked, measurement);
    }

    public static Verdict of(Subject subject, Claims claims, Outcome outcome) {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> claimFailures = new LinkedHashSet<>();
        for (Run run : outcome.runs()) {
            Wording.expectation(subject, claims.expect(), run).ifPresent(problems::add);
            // A check on the text is not a timing: a busy machine is no excuse for it (see BusyRetry).
            claims.check().flatMap(check -> Wording.check(subject, check, run.searchableText())).ifPresent(problems::add);
        }
        List<ClaimResult> results = new ArrayList<>();
        claims.check().ifPresent(check -> results.add(checkResult(check, outcome.representative(),
                outcome.runs().stream().allMatch(run -> check.matcher(run.searchableText()).find()))));
        Optional<Measurement> measurement = Optional.empty();
        if (!outcome.didNotCompile()) {
            try {
                measurement = Optional.of(Measurement.of(outcome));
            } catch (MeasureException e) {
                problems.add(subject.what() + ": " + e.getMessage());
            }
        }
        if (claims.requirements().isPresent() && problems.isEmpty() && measurement.isPresent()) {
            Machine machine = outcome.origin().machine();
            List<MeasuredNumber> numbers = measurement.get().numbers();
            for (Requirement requirement : claims.requirements().get().all()) {
                Requirement.Evaluation evaluation = requirement.evaluate(numbers, machine);
                if (evaluation.result() == Requirement.Result.FAILED) {
                    evaluation.message().ifPresent(m -> claimFailures.add(subject.what() + ": " + m));
                }
                results.add(requirementResult(requirement, evaluation, machine));
            }
        }
        return new Verdict(new ArrayList<>(problems), new ArrayList<>(claimFailures), results, measurement);
    }

    private static ClaimResult requirementResult(Requirement requirement, Requirement.Evaluation evaluation, Machine machine) {
        String measured = evaluation.measured().map(n -> n.formatWithUnit(n.median())).orElse("not reported");
        String bound = requirement.scale().isPresent() ? requirement.describeBound(machine) : "";
        return switch (evaluation.result()) {
            case HELD -> new ClaimResult(requirement.toString(), true, measured, bound, ClaimState.HELD, "");
            case FAILED -> new ClaimResult(requirement.toString(), true, measured, bound, ClaimState.FAILED, "");
            case NOT_APPLICABLE -> new ClaimResult(requirement.toString(), true, measured, "", ClaimState.NOT_APPLICABLE,
                    evaluation.message().orElse(""));
        };
    }

    /** A check holds when every run matched it; the page shows the matching line of the run it shows. */
    private static ClaimResult checkResult(Pattern check, Run shown, boolean everyRunMatched) {
        Matcher match = check.matcher(shown.searchableText());
        String claim = "output contains \"" + check.pattern() + "\"";
        String measured = match.find() ? lineOf(shown.searchableText(), match.start()) : "no match";
        return new ClaimResult(claim, false, measured, "", everyRunMatched ? ClaimState.HELD : ClaimState.FAILED, "");
    }

    private static String lineOf(String text, int at) {
        int start = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }
}
