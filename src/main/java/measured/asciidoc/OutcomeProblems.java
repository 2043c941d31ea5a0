package measured.asciidoc;

import measured.run.Expectation;
import measured.run.process.ProcessRun;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words for a run that did not end as its page said: what happened, the last lines of its output, and
 * what the author can do about it.
 */
final class OutcomeProblems {

    private static final int TAIL_LINES = 12;

    private OutcomeProblems() {
    }

    /** The problem with one run against its expectation, or empty when the run ended as expected. */
    static Optional<String> expectation(String what, Expectation expect, ProcessRun run) {
        if (expect.metBy(run)) {
            return Optional.empty();
        }
        String happened = run.timedOut() ? "did not finish within its timeout"
                : run.exitCode() == 0 ? "completed successfully" : "failed with exit code " + run.exitCode();
        String todo = switch (expect) {
            case OK -> run.timedOut()
                    ? "make it finish sooner, raise timeout=, or write expect=timeout if hanging is the point"
                    : "fix the program, or write expect=fail if failing is the point";
            case FAIL -> "make it fail as the page says, or remove expect=fail";
            case TIMEOUT -> "make it hang as the page says (expect=timeout), or remove expect=timeout";
        };
        return Optional.of(what + " " + happened + " but the page says expect=" + expect.word() + ": " + todo
                + tail(run.timedOut() && run.threadDump() != null ? run.output() : run.output()));
    }

    /** The problem with a check that the text does not match, or empty when it matches. */
    static Optional<String> check(String what, Pattern check, String text) {
        if (check.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(what + ": check=\"" + check.pattern() + "\" does not match its output: "
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
