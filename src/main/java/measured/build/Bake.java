package measured.build;

import measured.asciidoc.PageConverter;
import measured.asciidoc.RenderProblems;
import measured.asciidoc.SiteAsciidoctor;
import measured.deps.DependencyResolver;
import measured.machine.LoadMeter;
import measured.machine.MachineProbe;
import measured.machine.QuietWait;
import measured.plan.Problem;
import measured.plan.SitePlan;
import measured.run.Fetched;
import measured.run.BundleException;
import measured.run.ResultsBundle;
import measured.run.RunPlace;
import measured.run.process.RunningJdk;
import measured.run.RunRequest;
import measured.run.RunSummary;
import measured.run.Runner;
import measured.site.SiteLayout;
import measured.verify.ClaimState;
import measured.verify.SiteVerifier;
import measured.verify.Verifications;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bake of a site, in the order it happens: plan every page (what to run, with every attribute checked),
 * run what the cache does not have, verify every outcome against its page's claims, render the pages with
 * JBake, and publish — only when nothing went wrong.
 */
public final class Bake {

    /** How long a claim that failed on a busy machine waits for quiet before its next attempt. */
    private static final Duration QUIET_WAIT = Duration.ofSeconds(5);

    private final BuildOptions options;
    private final SiteAsciidoctor asciidoctor;
    private final PrintStream console;
    private final boolean keepJBake;

    /** @param keepJBake whether JBake keeps what it read for later, smaller bakes (serve mode) */
    Bake(BuildOptions options, SiteAsciidoctor asciidoctor, PrintStream console, boolean keepJBake) {
        this.options = options;
        this.asciidoctor = asciidoctor;
        this.console = console;
        this.keepJBake = keepJBake;
    }

    /**
     * What a published bake leaves for serve mode's next, smaller bake: the plan, the verified results, where
     * runs happen, the bundles, and JBake with what it read.
     */
    record Baked(RunSummary summary, SitePlan plan, Verifications verified, RunPlace place, List<ResultsBundle> bundles,
                 JBakeSite jbake) {
    }

    /** Bakes and publishes the site; throws {@link SiteBuildException} listing every problem found. */
    Baked run() {
        try {
            return bake();
        } catch (BundleException e) {
            throw new SiteBuildException(e.getMessage());
        }
    }

    private Baked bake() {
        long start = System.nanoTime();
        SiteLayout layout = new SiteLayout(options.source());
        checkIsSite(layout);
        StagedSite staged = StagedSite.forOutput(options.output(), layout);
        JBakeSite jbake = keepJBake ? JBakeSite.keeping(layout, staged.folder(), options.host())
                : new JBakeSite(layout, staged.folder(), options.host());

        SitePlan plan;
        try (DependencyResolver dependencies = new DependencyResolver(options.mavenRepository())) {
            plan = asciidoctor.planner(layout, jbake.asciidoctorAttributes(), dependencies).plan();
        }
        List<ResultsBundle> bundles = options.results().stream().map(ResultsBundle::read).toList();
        LoadMeter load = new LoadMeter();
        RunPlace place = RunPlace.here(options.sandbox(), List.of(layout.root(),
                Path.of(System.getProperty("user.home")), options.cache(), RunningJdk.home()));
        console.println("Isolation: " + place.sandbox().describe());
        MachineProbe probe = new MachineProbe();
        Runner runner = new Runner(layout.samples(), options.cache(), options.fresh(), probe, load, place, bundles, console);
        Map<RunRequest, Fetched> fetched = runner.runAll(plan.requests());
        SiteVerifier verifier = new SiteVerifier(runner, new QuietWait(load, QUIET_WAIT));
        Verifications verified = verifier.verify(plan, fetched);
        PublishedRuns runs = PublishedRuns.of(plan, verified, place.sandbox().describe());
        RenderProblems rendering = new RenderProblems();
        PageConverter converter = asciidoctor.converter(layout, plan, verified, runs.catalog(), rendering);
        List<String> templateErrors = jbake.bake(converter);

        List<String> problems = problems(plan, verified, rendering, templateErrors);
        listUncheckedClaims(console, verified);
        if (!problems.isEmpty()) {
            staged.discard();
            jbake.release();
            throw new SiteBuildException(problems);
        }
        SitePublication.addTo(staged.folder(), layout, plan, runs);
        staged.publish();
        jbake.writeTo(options.output());
        options.record().ifPresent(folder -> {
            ResultsBundle.write(folder, folder.getFileName().toString(), probe.machine(), Runtime.version().toString(),
                    place.sandbox().describe(), verifier.recordable());
            console.println("Recorded " + verifier.recordable().size() + " verified result(s) in the bundle " + folder);
        });
        console.printf("Baked %s in %.1f s; %s%n", options.output(), (System.nanoTime() - start) / 1e9,
                runner.summary().describe());
        return new Baked(runner.summary(), plan, verified, place, bundles, jbake);
    }

    /** The closing lists of claims the bake did not check: not applicable here, or failed on a busy machine. */
    static void listUncheckedClaims(PrintStream console, Verifications verified) {
        listClaims(console, "not checked, the machine lacks what they need", verified.claimsIn(ClaimState.NOT_APPLICABLE));
        listClaims(console, "not checked, the machine was busy during every attempt (bake on a quieter machine to check"
                + " them)", verified.claimsIn(ClaimState.BUSY));
    }

    private static void listClaims(PrintStream console, String heading, List<String> claims) {
        if (!claims.isEmpty()) {
            console.println(claims.size() + (claims.size() == 1 ? " claim " : " claims ") + heading + ":");
            claims.forEach(claim -> console.println("  " + claim));
        }
    }

    static List<String> problems(SitePlan plan, Verifications verified, RenderProblems rendering,
                                 List<String> templateErrors) {
        List<Problem> atBlocks = new ArrayList<>(plan.problems());
        atBlocks.addAll(verified.problems());
        atBlocks.addAll(rendering.all());
        atBlocks.sort(Problem.BY_PLACE);
        List<String> problems = new ArrayList<>(atBlocks.stream().map(Problem::text).toList());
        problems.addAll(templateErrors);
        return problems;
    }

    static void checkIsSite(SiteLayout layout) {
        List<String> missing = layout.missingParts();
        if (!missing.isEmpty()) {
            throw new SiteBuildException(layout.root() + ": not a site folder, missing " + String.join(", ", missing)
                    + " (point -Dsite.source at a folder laid out like the project)");
        }
    }
}
