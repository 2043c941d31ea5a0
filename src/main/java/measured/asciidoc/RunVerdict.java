package measured.asciidoc;

import measured.run.Expectation;
import measured.run.SampleResult;
import measured.run.process.ProcessRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Whether a sample's runs ended as the page says (expect) and printed what it claims (check). */
final class RunVerdict {

    private RunVerdict() {
    }

    static List<String> problems(String what, Expectation expect, SampleResult result, Optional<Pattern> check) {
        List<String> problems = new ArrayList<>();
        if (result.compileErrors().isPresent()) {
            if (expect != Expectation.FAIL) {
                problems.add(what + " does not compile: fix it, or write expect=fail if the compile error is the point"
                        + OutcomeProblems.tail(result.compileErrors().get()));
            }
            check.flatMap(c -> OutcomeProblems.check(what, c, result.compileErrors().get())).ifPresent(problems::add);
            return problems;
        }
        for (ProcessRun run : result.runs()) {
            OutcomeProblems.expectation(what, expect, run).ifPresent(problems::add);
            String searched = run.threadDump() == null ? run.output() : run.output() + "\n" + run.threadDump();
            check.flatMap(c -> OutcomeProblems.check(what, c, searched)).ifPresent(problems::add);
        }
        return problems.stream().distinct().toList();
    }
}
