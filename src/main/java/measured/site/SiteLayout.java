package measured.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a site's sources are and where their results go: the one place that knows the layout
 * (content/, samples/, templates/, assets/, jbake.properties) and how a page's path becomes a published path.
 */
public record SiteLayout(Path root) {

    private static final String CONTENT = "content";
    private static final String SAMPLES = "samples";

    public SiteLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve(CONTENT);
    }

    public Path samples() {
        return root.resolve(SAMPLES);
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path assets() {
        return root.resolve("assets");
    }

    public Path jbakeProperties() {
        return root.resolve("jbake.properties");
    }

    /** The folders a writer edits: serve mode watches them. */
    public List<Path> editedFolders() {
        return List.of(content(), templates(), assets(), samples());
    }

    /** Folders the bake reads or that hold the project: a site must never be published into one of them. */
    public List<Path> sourceFolders() {
        return List.of(content(), templates(), assets(), samples(), root.resolve("src"), root.resolve(".git"));
    }

    /** What a folder must hold to be a site; the names of the parts it lacks. */
    public List<String> missingParts() {
        return Stream.of(content(), templates(), jbakeProperties())
                .filter(part -> !Files.exists(part))
                .map(part -> root.relativize(part).toString())
                .toList();
    }

    /** Every page, in a stable order. */
    public List<Path> pages() {
        try (Stream<Path> files = Files.walk(content())) {
            return files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + content(), e);
        }
    }

    /** A page as problems name it: {@code content/threads/pools.adoc}. */
    public String pagePath(Path page) {
        return root.relativize(page.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A sample's file, given its path under samples/ as a page writes it. */
    public Path sampleFile(String samplePath) {
        return samples().resolve(samplePath).normalize();
    }

    /** Whether a page's {@code sample::} target names a Java file inside samples/. */
    public boolean isSample(String samplePath) {
        Path file = sampleFile(samplePath);
        return file.startsWith(samples()) && samplePath.endsWith(".java") && Files.isRegularFile(file);
    }

    /** Where a sample is published, relative to the site root: {@code samples/threads/X.java}. */
    public static String publishedSample(String samplePath) {
        return SAMPLES + "/" + samplePath;
    }

    /** {@code content/threads/pools.adoc} is published as {@code threads/pools.html}. */
    public static String publishedPage(String pagePath) {
        return withoutContent(pagePath).replaceFirst("\\.[^./]+$", ".html");
    }

    /** A page's JShell session is published beside it: {@code threads/pools.jsh}. */
    public static String publishedSession(String pagePath) {
        return withoutContent(pagePath).replaceFirst("\\.[^./]+$", ".jsh");
    }

    /** The relative path from a page to the site root: "" for content/x.adoc, "../" for content/a/x.adoc. */
    public static String rootPath(String pagePath) {
        long depth = withoutContent(pagePath).chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    private static String withoutContent(String pagePath) {
        return pagePath.startsWith(CONTENT + "/") ? pagePath.substring(CONTENT.length() + 1) : pagePath;
    }
}
