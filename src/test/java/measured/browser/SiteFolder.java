package measured.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A baked site on disk and the HTML pages in it, found by walking the folder (so none is missed). */
public record SiteFolder(Path root) {

    /** The site the build baked: failsafe passes {@code site.dir}; by default target/site. */
    public static SiteFolder baked() {
        Path root = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException(root + " holds no baked site (no index.html): run ./mvnw verify, "
                    + "or ./mvnw package before running the browser tests alone");
        }
        return new SiteFolder(root);
    }

    /** Every .html file, as a path relative to the root with forward slashes ("threads/pools.html"). */
    public List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("pagefind/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages whose HTML contains the text (for example {@code class="openblock sample"}). */
    public List<String> pagesContaining(String text) {
        return pages().stream().filter(page -> read(page).contains(text)).toList();
    }

    public String read(String page) {
        try {
            return Files.readString(file(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's HTML as a document to query. */
    public Document parse(String page) {
        return Jsoup.parse(read(page));
    }

    /** The project the site was baked from (failsafe passes {@code site.project}; by default the working folder). */
    public static Path project() {
        return Path.of(System.getProperty("site.project", ".")).toAbsolutePath();
    }

    public Path file(String page) {
        return root.resolve(page);
    }
}
