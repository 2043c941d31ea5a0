package measured.build;

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

    private final BuildOptions options;

    public SiteBuild(BuildOptions options) {
        this.options = options;
    }

    /** Bakes and publishes the site; throws {@link SiteBuildException} listing every problem found. */
    public void bake() {
        checkLayout();
        Path staging = options.output().resolveSibling(options.output().getFileName() + ".staging");
        deleteTree(staging);
        List<String> problems = new ArrayList<>(SiteOven.bake(options.source(), staging));
        if (!problems.isEmpty()) {
            deleteTree(staging);
            throw new SiteBuildException(problems);
        }
        publish(staging);
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
