package measured.asciidoc;

import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.ContentNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Before the bake, parses every page once in planning mode, so the extensions ask for every run of the
 * site up front and the runner can run them side by side instead of one page at a time.
 */
public final class PagePlanner {

    private static final String MODE = "measured-mode";
    private static final String PLANNING = "plan";

    private PagePlanner() {
    }

    static boolean isPlanning(ContentNode node) {
        return PLANNING.equals(node.getDocument().getAttribute(MODE));
    }

    /** Parses every .adoc page under {@code siteRoot/content}; the open session collects the requests. */
    public static void planAll(Path siteRoot) {
        Path content = siteRoot.resolve("content");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(content)) {
            pages = files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + content, e);
        }
        for (Path page : pages) {
            try {
                Attributes attributes = Attributes.builder()
                        .attribute(MODE, PLANNING)
                        .attribute("docfile", page.toString())
                        .attribute(PageAttributes.PAGE_PATH, siteRoot.relativize(page).toString().replace('\\', '/'))
                        .attribute(PageAttributes.SITE_ROOT, siteRoot.toString())
                        .build();
                Options options = Options.builder().safe(SafeMode.UNSAFE).sourcemap(true)
                        .baseDir(page.getParent().toFile()).attributes(attributes).build();
                AsciidoctorInstance.get().load(Files.readString(page), options);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + page, e);
            }
        }
    }
}
