package measured.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;

/**
 * Starts a page and its sample from the templates beside this class: content/&lt;chapter&gt;/&lt;slug&gt;.adoc
 * and samples/&lt;chapter&gt;/&lt;Class&gt;.java, placed after the chapter's last page.
 */
public final class PageScaffold {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ORDER = Pattern.compile("^:jbake-order:\\s*(\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /** The two files a new page starts with. */
    public record Created(Path page, Path sample, int order, String url) { }

    private final Path root;

    /** @param root the project folder, the one with content/ and samples/ */
    public PageScaffold(Path root) {
        this.root = root;
    }

    /**
     * Writes the page and its sample. Nothing is overwritten: if either file exists, nothing is written.
     *
     * @param page   {@code <chapter>/<slug>}, e.g. {@code threads/thread-names}
     * @param title  the page title, or null for one made from the slug
     * @param sample the sample's class name, or null for one made from the slug
     */
    public Created create(String page, String title, String sample) {
        if (page == null || page.isBlank()) {
            throw new ScaffoldException("say which page to start: -Dpage=<chapter>/<slug>, e.g. -Dpage=threads/thread-names");
        }
        String[] parts = page.strip().split("/", -1);
        if (parts.length != 2 || !NAME.matcher(parts[0]).matches() || !NAME.matcher(parts[1]).matches()) {
            throw new ScaffoldException("'" + page + "' is not <chapter>/<slug>: use lower-case letters, digits and"
                    + " hyphens, e.g. threads/thread-names");
        }
        String chapter = parts[0];
        String slug = parts[1];
        if (slug.equals("index")) {
            throw new ScaffoldException("index.adoc introduces a chapter; pick another slug for a page");
        }
        Path chapterDir = root.resolve("content").resolve(chapter);
        if (!Files.isRegularFile(chapterDir.resolve("index.adoc"))) {
            throw new ScaffoldException("there is no chapter '" + chapter + "' (no content/" + chapter + "/index.adoc);"
                    + " chapters: " + String.join(", ", chapters())
                    + ". A new chapter starts with an index.adoc that has :jbake-type: chapter");
        }
        String className = sample == null || sample.isBlank() ? className(slug) : sample.strip();
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)
                || !Character.isUpperCase(className.charAt(0))) {
            throw new ScaffoldException("'" + className + "' is not a Java class name that starts with a capital;"
                    + " pass one with -Dsample=<ClassName>");
        }
        Path pageFile = chapterDir.resolve(slug + ".adoc");
        Path sampleFile = root.resolve("samples").resolve(chapter).resolve(className + ".java");
        for (Path existing : List.of(pageFile, sampleFile)) {
            if (Files.exists(existing)) {
                throw new ScaffoldException(root.relativize(existing) + " already exists; pick another name"
                        + " (nothing was written)");
            }
        }

        int order = lastOrder(chapterDir).orElse(0) + 10;
        Map<String, String> values = Map.of(
                "title", title == null || title.isBlank() ? titleOf(slug) : title.strip(),
                "order", Integer.toString(order),
                "chapter", chapter,
                "slug", slug,
                "class", className);
        write(sampleFile, fill(template("Sample.java.template"), values));
        write(pageFile, fill(template("page.adoc.template"), values));
        return new Created(root.relativize(pageFile), root.relativize(sampleFile), order,
                "/" + chapter + "/" + slug + ".html");
    }

    /** thread-names → ThreadNames */
    static String className(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** thread-names → Thread names */
    static String titleOf(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("the template uses an unknown placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The highest :jbake-order: among the chapter's pages (not its index). */
    private static OptionalInt lastOrder(Path chapterDir) {
        try (Stream<Path> pages = Files.list(chapterDir)) {
            return pages.filter(p -> p.toString().endsWith(".adoc") && !p.getFileName().toString().equals("index.adoc"))
                    .flatMap(p -> {
                        Matcher m = ORDER.matcher(read(p));
                        return m.find() ? Stream.of(Integer.parseInt(m.group(1))) : Stream.empty();
                    })
                    .mapToInt(Integer::intValue)
                    .max();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> chapters() {
        try (Stream<Path> dirs = Files.list(root.resolve("content"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("index.adoc")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String template(String name) {
        try (InputStream in = PageScaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name + " beside " + PageScaffold.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
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
}
