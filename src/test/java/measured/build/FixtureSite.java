package measured.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, laid out like the project and using the project's own templates
 * and jbake.properties, with pages and samples a test writes; baked with the real build.
 */
public final class FixtureSite {

    private static final Path PROJECT = Path.of(System.getProperty("site.project", ".")).toAbsolutePath().normalize();

    private final Path root;
    private final Path cache;

    private FixtureSite(Path root, Path cache) {
        this.root = root;
        this.cache = cache;
    }

    /** A site with the project's templates, assets and settings, a home page and no chapters yet. */
    public static FixtureSite create(Path folder) {
        FixtureSite site = new FixtureSite(folder.resolve("site"), folder.resolve("cache"));
        copyTree(PROJECT.resolve("templates"), site.root.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), site.root.resolve("assets"));
        try {
            Files.copy(PROJECT.resolve("jbake.properties"), site.root.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        site.page("index.adoc", """
                = Fixture home
                :jbake-type: home
                :description: The home page of a test site.

                Welcome.
                """);
        return site;
    }

    public FixtureSite page(String path, String text) {
        write(root.resolve("content").resolve(path), text);
        return this;
    }

    public FixtureSite sample(String path, String text) {
        write(root.resolve("samples").resolve(path), text);
        return this;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolveSibling("out");
    }

    public Path cache() {
        return cache;
    }

    public BuildOptions options() {
        return BuildOptions.of(root, output(), cache);
    }

    /** Bakes with the real build; returns the problems (empty when the site was published). */
    public java.util.List<String> bake() {
        return bake(options());
    }

    public java.util.List<String> bake(BuildOptions options) {
        try {
            TestBuilder.get().bake(options);
            return java.util.List.of();
        } catch (SiteBuildException e) {
            return e.problems();
        }
    }

    /** Bakes and returns what the runner did; fails the test if the site has problems. */
    public measured.run.RunSummary bakeSummary(boolean fresh) {
        return TestBuilder.get().bake(options().withFresh(fresh));
    }

    public String html(String path) {
        try {
            return Files.readString(output().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            write(to.resolve(".keep"), "");
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
