package measured.verify;

import measured.outcome.Expectation;
import measured.outcome.Run;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words for a run that did not end as its page said: what happened, where, the last lines of its output, and
 * what the author can do about it.
 */
final class Wording {

    private static final int TAIL_LINES = 12;

    private Wording() {
    }

    /** The problem with one run against its expectation, or empty when the run ended as expected. */
    static Optional<String> expectation(Subject subject, Expectation expect, Run run) {
        if (expect.metBy(run)) {
            return Optional.empty();
        }
        String happened = switch (run.ending()) {
            case COMPLETED -> "completed successfully";
            case TIMED_OUT -> "did not finish within its timeout";
            case DID_NOT_COMPILE -> "does not compile";
            case FAILED -> run.failure().isPresent() ? "failed" : "failed with exit code " + run.exitCode();
        };
        String detail = subject.at(run.failureLine()) + run.failure().map(f -> " (" + f + ")").orElse("");
        String todo = switch (expect) {
            case OK -> switch (run.ending()) {
                case TIMED_OUT -> "make it finish sooner, raise timeout=, or write expect=timeout if hanging is the point";
                case DID_NOT_COMPILE -> "fix it, or write expect=fail if the compile error is the point";
                default -> "fix the program, or write expect=fail if failing is the point";
            };
            case FAIL -> "make it fail as the page says, or remove expect=fail";
            case TIMEOUT -> "make it hang as the page says (expect=timeout), or remove expect=timeout";
        };
        return Optional.of(subject.what() + " " + happened + detail + " but the page says expect=" + expect.word()
                + ": " + todo + tail(run.output()));
    }

    /** The problem with a check that the text does not match, or empty when it matches. */
    static Optional<String> check(Subject subject, Pattern check, String text) {
        if (check.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(subject.what() + ": check=\"" + check.pattern() + "\" does not match its output: "
                + "change the claim (and the prose that relies on it) or the program" + tail(text));
    }

    static String tail(String output) {
        List<String> lines = Arrays.asList(output.stripTrailing().split("\n", -1));
        List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        if (last.stream().allMatch(String::isBlank)) {
            return "\n    | (no output)";
        }
        return last.stream().map(line -> "\n    | " + line).collect(Collectors.joining());
    }
}
