package measured.verify;

import measured.outcome.Outcome;
import measured.plan.JShellUse;

/** A JShell block as its page shows it: the use, the outcome of the block in the page's session, the verdict. */
public record VerifiedBlock(JShellUse use, Outcome outcome, Verdict verdict) {

    public static VerifiedBlock of(JShellUse use, Outcome outcome) {
        return new VerifiedBlock(use, outcome,
                Verdict.of(Subject.jshellBlock(use.at().page(), use.firstCodeLine()), use.claims(), outcome));
    }
}
