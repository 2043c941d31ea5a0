package measured.verify;

import measured.measure.MeasureException;
import measured.measure.Measurement;
import measured.measure.MeasuredNumber;
import measured.measure.Requirement;
import measured.plan.Claims;
import measured.outcome.Outcome;
import measured.outcome.Run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judgement of one block's outcome against the page's claims — the same rules for a sample and for a
 * JShell block: every counted run must end as {@code expect} says and contain {@code check}; the numbers it
 * reports (the medians, for a measurement) must meet {@code require}. Problems are worded for the author;
 * claim results for the reader.
 */
public record Verdict(List<String> problems, List<ClaimResult> claims, Optional<Measurement> measurement) {

    public Verdict {
        problems = List.copyOf(problems);
        claims = List.copyOf(claims);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The same verdict with one more problem (found after the run was judged, e.g. a chart that cannot be drawn). */
    public Verdict withProblem(String problem) {
        List<String> more = new ArrayList<>(problems);
        more.add(problem);
        return new Verdict(more, claims, measurement);
    }

    public static Verdict of(Subject subject, Claims claims, Outcome outcome) {
        Set<String> problems = new LinkedHashSet<>();
        for (Run run : outcome.runs()) {
            Wording.expectation(subject, claims.expect(), run).ifPresent(problems::add);
            claims.check().flatMap(check -> Wording.check(subject, check, run.searchableText())).ifPresent(problems::add);
        }
        List<ClaimResult> results = new ArrayList<>();
        claims.check().ifPresent(check -> results.add(checkResult(check, outcome.representative())));
        Optional<Measurement> measurement = Optional.empty();
        if (!outcome.didNotCompile()) {
            try {
                measurement = Optional.of(Measurement.of(outcome));
            } catch (MeasureException e) {
                problems.add(subject.what() + ": " + e.getMessage());
            }
        }
        if (claims.requirements().isPresent() && problems.isEmpty() && measurement.isPresent()) {
            List<MeasuredNumber> numbers = measurement.get().numbers();
            for (Requirement requirement : claims.requirements().get().all()) {
                Optional<String> failure = requirement.failure(numbers);
                failure.ifPresent(f -> problems.add(subject.what() + ": " + f));
                results.add(new ClaimResult(requirement.toString(), measuredText(requirement, numbers),
                        failure.isPresent() ? ClaimState.FAILED : ClaimState.HELD));
            }
        }
        return new Verdict(new ArrayList<>(problems), results, measurement);
    }

    private static ClaimResult checkResult(Pattern check, Run shown) {
        Matcher match = check.matcher(shown.searchableText());
        String claim = "output contains \"" + check.pattern() + "\"";
        return match.find()
                ? new ClaimResult(claim, lineOf(shown.searchableText(), match.start()), ClaimState.HELD)
                : new ClaimResult(claim, "no match", ClaimState.FAILED);
    }

    private static String lineOf(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    private static String measuredText(Requirement requirement, List<MeasuredNumber> numbers) {
        return numbers.stream().filter(n -> n.label().equals(requirement.label())).findFirst()
                .map(n -> n.formatWithUnit(n.median())).orElse("not reported");
    }
}
