package measured.build;

import measured.asciidoc.BakeSession;
import measured.asciidoc.PagePlanner;
import measured.run.RunSummary;
import measured.run.SampleRuns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One build of the site: bakes into a staging folder next to the output and publishes it only when
 * nothing went wrong, so a failed build never leaves a half-written site behind.
 */
public final class SiteBuild {

    /** Marks a folder as a baked site, which the next build may replace. */
    static final String SITE_MARKER = ".measured-site";

    private final BuildOptions options;

    public SiteBuild(BuildOptions options) {
        this.options = options;
    }

    /** Bakes and publishes the site; throws {@link SiteBuildException} listing every problem found. */
    public RunSummary bake() {
        return bake(true);
    }

    /**
     * Bakes and publishes the site. With {@code planAhead}, every page is parsed once beforehand so that
     * all uncached samples run side by side; serve mode's re-bakes skip that, because after an edit at
     * most a few samples are not cached and planning would cost more than it saves.
     */
    public RunSummary bake(boolean planAhead) {
        checkLayout();
        checkOutputIsSafeToReplace();
        long start = System.nanoTime();
        Path staging = options.output().resolveSibling(options.output().getFileName() + ".staging");
        deleteTree(staging);
        SampleRuns runs = new SampleRuns(options.source().resolve("samples"), options.cache(), options.fresh(), System.out);
        try (BakeSession session = BakeSession.open(runs)) {
            if (planAhead) {
                PagePlanner.planAll(options.source());
                runs.runPlanned();
            }
            List<String> problems = new ArrayList<>(SiteOven.bake(options.source(), staging, options.host()));
            problems.addAll(0, session.problems().all());
            if (!problems.isEmpty()) {
                deleteTree(staging);
                throw new SiteBuildException(problems);
            }
            SitePublication.addSamplesAndReport(options.source(), staging, session.outputs());
            markAsSite(staging);
            publish(staging);
            System.out.printf("Baked %s in %.1f s; %s%n", options.output(), (System.nanoTime() - start) / 1e9,
                    runs.summary().describe());
            return runs.summary();
        }
    }

    /**
     * Publishing replaces the output folder, so the output must be a folder this build made (it holds
     * the marker file) or not exist yet; it must never be the source folder, hold it, or lie inside a
     * source folder the build reads. An output path given as "" resolves to the current directory:
     * exactly the mistake this refuses.
     */
    private void checkOutputIsSafeToReplace() {
        Path output = options.output();
        Path source = options.source();
        boolean overlaps = source.startsWith(output)
                || Stream.of("content", "templates", "assets", "samples", "src", ".git")
                        .anyMatch(folder -> output.startsWith(source.resolve(folder)));
        boolean foreign = Files.exists(output) && !Files.exists(output.resolve(SITE_MARKER)) && !isEmptyFolder(output);
        if (overlaps || foreign) {
            throw new SiteBuildException("refusing to write the site to " + output + ": "
                    + (overlaps ? "it is or holds the site's sources (" + source + ")"
                    : "it exists and was not made by this build (no " + SITE_MARKER + " in it)")
                    + "; choose another output folder with -Dsite.output=DIR");
        }
    }

    private static void markAsSite(Path folder) {
        try {
            Files.writeString(folder.resolve(SITE_MARKER), "A site baked by Concurrency, Measured; the next build replaces this folder.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + folder.resolve(SITE_MARKER), e);
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private void checkLayout() {
        List<String> missing = Stream.of("content", "templates", "jbake.properties")
                .filter(name -> !Files.exists(options.source().resolve(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new SiteBuildException(options.source() + ": not a site folder, missing " + String.join(", ", missing)
                    + " (point -Dsite.source at a folder laid out like the project)");
        }
    }

    private void publish(Path staging) {
        try {
            deleteTree(options.output());
            Files.createDirectories(options.output().getParent());
            Files.move(staging, options.output());
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish " + staging + " to " + options.output(), e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
