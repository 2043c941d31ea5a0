package measured.build;

import measured.site.SiteLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A site baked into a staging folder next to its output, published only when nothing went wrong by moving it
 * into place, so a failed bake never leaves a half-written site behind. The output must be a folder a bake
 * made (it holds a marker file) or not exist yet, and never the site's sources.
 */
final class StagedSite {

    /** Marks a folder as a baked site, which the next bake may replace. */
    static final String MARKER = ".measured-site";

    private final Path output;
    private final Path staging;

    private StagedSite(Path output) {
        this.output = output;
        this.staging = output.resolveSibling(output.getFileName() + ".staging");
    }

    /**
     * A fresh staging folder for this output. An output path given as "" resolves to the current directory:
     * exactly the mistake this refuses.
     */
    static StagedSite forOutput(Path output, SiteLayout layout) {
        boolean overlaps = layout.root().startsWith(output) || layout.sourceFolders().stream().anyMatch(output::startsWith);
        boolean foreign = Files.exists(output) && !Files.exists(output.resolve(MARKER)) && !isEmptyFolder(output);
        if (overlaps || foreign) {
            throw new SiteBuildException("refusing to write the site to " + output + ": "
                    + (overlaps ? "it is or holds the site's sources (" + layout.root() + ")"
                    : "it exists and was not made by this build (no " + MARKER + " in it)")
                    + "; choose another output folder with -Dsite.output=DIR");
        }
        StagedSite site = new StagedSite(output);
        deleteTree(site.staging);
        return site;
    }

    Path folder() {
        return staging;
    }

    /** Replaces the output with the staged site. */
    void publish() {
        try {
            Files.writeString(staging.resolve(MARKER), "A site baked by Concurrency, Measured; the next build replaces this folder.\n");
            deleteTree(output);
            Files.createDirectories(output.getParent());
            Files.move(staging, output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish " + staging + " to " + output, e);
        }
    }

    /** Throws the staged site away: the last published one stays. */
    void discard() {
        deleteTree(staging);
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
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
