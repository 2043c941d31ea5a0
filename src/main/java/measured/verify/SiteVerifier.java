package measured.verify;

import measured.machine.QuietWait;
import measured.outcome.Outcome;
import measured.plan.JShellUse;
import measured.plan.PagePlan;
import measured.plan.SampleUse;
import measured.plan.SitePlan;
import measured.run.Fetched;
import measured.run.JShellRequest;
import measured.run.RunRequest;
import measured.run.Runner;
import measured.run.SampleRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verifying step of a bake: judges every block's outcome against its page's claims — running a request
 * again when its claims failed on a busy machine ({@link BusyRetry}) — and keeps in the cache only the results
 * every use of which held on a quiet enough machine.
 */
public final class SiteVerifier {

    private final Runner runner;
    private final BusyRetry retry;
    private final List<measured.run.ResultsBundle.Recorded> keepers = new ArrayList<>();

    public SiteVerifier(Runner runner, QuietWait quiet) {
        this.runner = runner;
        this.retry = new BusyRetry(request -> runner.rerun(request).get(),
                () -> quiet.await(BusyRetry.SIGNIFICANT_LOAD_CORES));
    }

    public Verifications verify(SitePlan plan, Map<RunRequest, Fetched> fetched) {
        Map<SampleRequest, List<SampleUse>> samples = new LinkedHashMap<>();
        Map<JShellRequest, PagePlan> sessions = new LinkedHashMap<>();
        for (PagePlan page : plan.pages()) {
            page.samples().forEach(use -> samples.computeIfAbsent(use.request(), r -> new ArrayList<>()).add(use));
            page.session().ifPresent(session -> sessions.put(session, page));
        }
        Verifications verified = new Verifications();
        samples.forEach((request, uses) -> verifySample(request, uses, fetched.get(request).get(), verified));
        sessions.forEach((session, page) -> verifySession(session, page.jshell(), fetched.get(session).get(), verified));
        return verified;
    }

    private void verifySample(SampleRequest request, List<SampleUse> uses, List<Outcome> first, Verifications verified) {
        java.util.function.Function<List<Outcome>, List<Verdict>> judge =
                outcomes -> uses.stream().map(use -> VerifiedSample.of(use, outcomes.getFirst()).verdict()).toList();
        // A result another machine recorded cannot be measured again here: it is judged as it is.
        BusyRetry.Judged judged = first.getFirst().origin().fromBundle()
                ? new BusyRetry.Judged(first, judge.apply(first)) : retry.judge(request, first, judge);
        List<Runner.Recording> recordings = request.alone() ? runner.recordings(request) : List.of();
        String shownFrom = judged.outcomes().getFirst().origin().bundle();
        for (int i = 0; i < uses.size(); i++) {
            SampleUse use = uses.get(i);
            List<VerifiedSample.Elsewhere> elsewhere = recordings.stream()
                    .filter(r -> !r.bundle().equals(shownFrom))
                    .map(r -> new VerifiedSample.Elsewhere(r.bundle(), r.outcomes().getFirst(),
                            VerifiedSample.of(use, r.outcomes().getFirst()).verdict()))
                    .toList();
            verified.add(VerifiedSample.of(use, judged.outcomes().getFirst(), judged.verdicts().get(i)).withElsewhere(elsewhere));
        }
        keepIfVerified(request, judged);
    }

    private void verifySession(JShellRequest session, List<JShellUse> uses, List<Outcome> first, Verifications verified) {
        java.util.function.Function<List<Outcome>, List<Verdict>> judge = outcomes -> {
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < uses.size(); i++) {
                verdicts.add(VerifiedBlock.of(uses.get(i), outcomes.get(i)).verdict());
            }
            return verdicts;
        };
        BusyRetry.Judged judged = first.getFirst().origin().fromBundle()
                ? new BusyRetry.Judged(first, judge.apply(first)) : retry.judge(session, first, judge);
        for (int i = 0; i < uses.size(); i++) {
            verified.add(new VerifiedBlock(uses.get(i), judged.outcomes().get(i), judged.verdicts().get(i)));
        }
        keepIfVerified(session, judged);
    }

    private void keepIfVerified(RunRequest request, BusyRetry.Judged judged) {
        if (judged.passed() && judged.verdicts().stream().noneMatch(Verdict::wasBusy)) {
            runner.keep(request, judged.outcomes());
            if (judged.outcomes().stream().noneMatch(o -> o.origin().fromBundle())) {
                keepers.add(runner.toRecord(request, judged.outcomes()));
            }
        }
    }

    /** The verified results this bake measured itself (or took from its own cache): what a results bundle records. */
    public List<measured.run.ResultsBundle.Recorded> recordable() {
        return List.copyOf(keepers);
    }
}
