package measured.verify;

import measured.outcome.Outcome;
import measured.plan.JShellUse;
import measured.plan.PagePlan;
import measured.plan.SampleUse;
import measured.plan.SitePlan;
import measured.run.Fetched;
import measured.run.JShellRequest;
import measured.run.RunRequest;
import measured.run.Runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verifying step of a bake: judges every block's outcome against its page's claims, and keeps in the
 * cache only the results every use of which was verified.
 */
public final class SiteVerifier {

    private final Runner runner;

    public SiteVerifier(Runner runner) {
        this.runner = runner;
    }

    public Verifications verify(SitePlan plan, Map<RunRequest, Fetched> fetched) {
        Verifications verified = new Verifications();
        Map<RunRequest, Boolean> allPassed = new HashMap<>();
        for (PagePlan page : plan.pages()) {
            for (SampleUse use : page.samples()) {
                Outcome outcome = fetched.get(use.request()).get().getFirst();
                VerifiedSample sample = VerifiedSample.of(use, outcome);
                verified.add(sample);
                allPassed.merge(use.request(), sample.verdict().passed(), Boolean::logicalAnd);
            }
            page.session().ifPresent(session -> verifySession(page, session, fetched, verified, allPassed));
        }
        allPassed.forEach((request, passed) -> {
            if (passed) {
                runner.keep(request, fetched.get(request).get());
            }
        });
        return verified;
    }

    private static void verifySession(PagePlan page, JShellRequest session, Map<RunRequest, Fetched> fetched,
                                      Verifications verified, Map<RunRequest, Boolean> allPassed) {
        List<Outcome> outcomes = fetched.get(session).get();
        List<JShellUse> uses = new ArrayList<>(page.jshell());
        boolean passed = true;
        for (int i = 0; i < uses.size(); i++) {
            VerifiedBlock block = VerifiedBlock.of(uses.get(i), outcomes.get(i));
            verified.add(block);
            passed &= block.verdict().passed();
        }
        allPassed.merge(session, passed, Boolean::logicalAnd);
    }
}
