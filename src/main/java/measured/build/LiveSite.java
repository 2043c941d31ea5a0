package measured.build;

import measured.asciidoc.PageConverter;
import measured.asciidoc.RenderProblems;
import measured.asciidoc.SiteAsciidoctor;
import measured.deps.DependencyResolver;
import measured.machine.LoadMeter;
import measured.machine.MachineProbe;
import measured.machine.QuietWait;
import measured.plan.PagePlan;
import measured.plan.SitePlan;
import measured.plan.SampleUse;
import measured.run.Runner;
import measured.site.SiteLayout;
import measured.verify.SiteVerifier;
import measured.verify.Verifications;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serve mode's site: baked whole once, then after each change again only where the change reaches. A prose
 * edit re-plans, re-renders and re-publishes the edited page; a sample edit re-runs that sample and re-renders
 * the pages that show it or quote it; anything that touches every page (a template, an asset, a page's title
 * or other header, a page added or removed) bakes the whole site again. Between bakes it keeps the last good
 * plan, results and JBake's record of what it rendered, so the work does not grow with the number of pages.
 */
public final class LiveSite implements AutoCloseable {

    private static final Duration QUIET_WAIT = Duration.ofSeconds(5);

    private final BuildOptions options;
    private final SiteAsciidoctor asciidoctor;
    private final PrintStream console;
    private final SiteLayout layout;
    private Optional<Bake.Baked> last = Optional.empty();
    private Map<String, String> headers = Map.of();

    LiveSite(BuildOptions options, SiteAsciidoctor asciidoctor, PrintStream console) {
        this.options = options;
        this.asciidoctor = asciidoctor;
        this.console = console;
        this.layout = new SiteLayout(options.source());
    }

    /** Bakes the whole site and publishes it; throws {@link SiteBuildException} with the problems. */
    public synchronized void bakeAll() {
        last.ifPresent(baked -> baked.jbake().release());
        last = Optional.empty();
        Bake.Baked baked = new Bake(options, asciidoctor, console, true).run();
        last = Optional.of(baked);
        headers = headersOfEveryPage(baked.plan());
    }

    /**
     * Bakes what these changed files reach — the whole site when a change reaches every page — and publishes it
     * in place; the pages it re-rendered, by their path in the site. Throws {@link SiteBuildException} with the
     * problems, and then the served site stays as it was.
     */
    public synchronized List<String> bake(List<Path> changed) {
        if (last.isEmpty() || reachesEveryPage(changed)) {
            bakeAll();
            return List.of("(every page)");
        }
        long start = System.nanoTime();
        Bake.Baked before = last.get();
        Set<Path> replan = pagesToReplan(changed, before.plan());
        if (replan.stream().anyMatch(page -> !header(page).equals(headers.get(layout.pagePath(page))))) {
            bakeAll(); // a title or an order changed: every page's navigation shows it
            return List.of("(every page)");
        }
        SitePlan plan;
        List<PagePlan> replanned;
        try (DependencyResolver dependencies = new DependencyResolver(options.mavenRepository())) {
            replanned = asciidoctor.planner(layout, before.jbake().asciidoctorAttributes(), dependencies)
                    .plan(List.copyOf(replan));
            plan = before.plan().with(replanned);
        }
        long planned = System.nanoTime();
        SitePlan sub = new SitePlan(replanned);
        LoadMeter load = new LoadMeter();
        Runner runner = new Runner(layout.samples(), options.cache(), options.fresh(), new MachineProbe(), load,
                before.place(), before.bundles(), console);
        Verifications renewed = new SiteVerifier(runner, new QuietWait(load, QUIET_WAIT)).verify(sub, runner.runAll(sub.requests()));
        Set<String> replannedPaths = new LinkedHashSet<>(replanned.stream().map(PagePlan::page).toList());
        Verifications verified = before.verified().replacing(replannedPaths, renewed);
        List<String> early = Bake.problems(sub, renewed, new RenderProblems(), List.of());
        if (!early.isEmpty()) {
            throw new SiteBuildException(early);
        }
        long ran = System.nanoTime();
        Set<String> rerender = new LinkedHashSet<>(replannedPaths);
        rerender.addAll(pagesQuoting(replanned, plan, !sameRequests(before.plan(), replanned)));
        List<String> uris = rerender.stream().map(SiteLayout::publishedPage).toList();
        Map<String, byte[]> previous = backUp(uris);
        PublishedRuns runs = PublishedRuns.of(plan, verified, before.place().sandbox().describe());
        RenderProblems rendering = new RenderProblems();
        PageConverter converter = asciidoctor.converter(layout, plan, verified, runs.catalog(), rendering);
        before.jbake().forget(uris);
        List<String> problems = Bake.problems(new SitePlan(List.of()), new Verifications(), rendering,
                before.jbake().bake(converter));
        if (!problems.isEmpty()) {
            restore(previous);
            before.jbake().forget(uris); // rendered with problems: render them again next time
            throw new SiteBuildException(problems);
        }
        long rendered = System.nanoTime();
        SitePublication.addTo(options.output(), layout, plan, runs);
        Bake.listUncheckedClaims(console, renewed);
        last = Optional.of(new Bake.Baked(runner.summary(), plan, verified, before.place(), before.bundles(), before.jbake()));
        console.printf("Re-baked %s in %.2f s (plan %.2f, run %.2f, render %.2f); %s%n", String.join(", ", uris),
                (System.nanoTime() - start) / 1e9, (planned - start) / 1e9, (ran - planned) / 1e9, (rendered - ran) / 1e9,
                runner.summary().describe());
        return uris;
    }

    /** Templates, assets and JBake's settings shape every page; so does a page that appears or disappears. */
    private boolean reachesEveryPage(List<Path> changed) {
        Set<String> known = new LinkedHashSet<>(last.orElseThrow().plan().pages().stream().map(PagePlan::page).toList());
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            boolean page = file.startsWith(layout.content()) && file.toString().endsWith(".adoc");
            boolean sample = file.startsWith(layout.samples());
            if (page && (!Files.exists(file) || !known.contains(layout.pagePath(file)))) {
                return true;
            }
            if (!page && !sample) {
                return true;
            }
        }
        return false;
    }

    /** The changed pages, and the pages that show a changed sample. */
    private Set<Path> pagesToReplan(List<Path> changed, SitePlan plan) {
        Set<Path> pages = new LinkedHashSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (file.startsWith(layout.content())) {
                pages.add(file);
            } else if (file.startsWith(layout.samples())) {
                String samplePath = layout.samples().relativize(file).toString().replace('\\', '/');
                for (PagePlan page : plan.pages()) {
                    if (page.samples().stream().map(SampleUse::request).anyMatch(r -> r.samplePath().equals(samplePath)
                            || r.dependencies().sources().contains(samplePath))) {
                        pages.add(layout.root().resolve(page.page()));
                    }
                }
            }
        }
        return pages;
    }

    /**
     * Pages whose prose quotes the re-planned pages' samples (value:, bound:) or, when what runs changed, lists
     * every result (the catalog): they show what changed, though their own files did not.
     */
    private List<String> pagesQuoting(List<PagePlan> replanned, SitePlan plan, boolean runsChanged) {
        Set<String> samples = new LinkedHashSet<>();
        replanned.forEach(page -> page.samples().forEach(use -> samples.add(use.request().samplePath())));
        List<String> quoting = new ArrayList<>();
        for (PagePlan page : plan.pages()) {
            String text = read(layout.root().resolve(page.page()));
            if ((runsChanged && text.contains("sample-catalog::")) || samples.stream().anyMatch(s -> text.contains(":" + s + "["))) {
                quoting.add(page.page());
            }
        }
        return quoting;
    }

    /** Whether the re-planned pages ask for exactly what they asked for before (a prose edit). */
    private static boolean sameRequests(SitePlan before, List<PagePlan> replanned) {
        return replanned.stream().allMatch(page -> before.page(page.page())
                .map(old -> new SitePlan(List.of(old)).requests().equals(new SitePlan(List.of(page)).requests()))
                .orElse(false));
    }

    private Map<String, String> headersOfEveryPage(SitePlan plan) {
        Map<String, String> found = new HashMap<>();
        plan.pages().forEach(page -> found.put(page.page(), header(layout.root().resolve(page.page()))));
        return found;
    }

    /** A page's header: its lines up to the first blank one (title, order, type, description). */
    private static String header(Path page) {
        String text = read(page);
        int blank = text.indexOf("\n\n");
        return blank < 0 ? text : text.substring(0, blank);
    }

    private Map<String, byte[]> backUp(List<String> uris) {
        Map<String, byte[]> saved = new HashMap<>();
        for (String uri : uris) {
            Path file = options.output().resolve(uri);
            try {
                if (Files.exists(file)) {
                    saved.put(uri, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not keep a copy of " + file, e);
            }
        }
        return saved;
    }

    private void restore(Map<String, byte[]> saved) {
        saved.forEach((uri, bytes) -> {
            try {
                Files.write(options.output().resolve(uri), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("could not restore " + uri, e);
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        last.ifPresent(baked -> baked.jbake().release());
    }
}
