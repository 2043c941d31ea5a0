package measured.deps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code //DEPS}, {@code //SOURCES}, {@code //JAVA_OPTIONS} and {@code //COMPILE_OPTIONS} lines of a sample,
 * read as JBang reads them: a
 * line that starts with the directive, then its values separated by spaces (and, for coordinates, commas).
 * {@code //REPOS} is refused: every dependency comes from Maven Central, the one repository every reader's JBang
 * and this build agree on.
 */
public final class Declarations {

    private Declarations() {
    }

    /**
     * The JVM options of the sample's {@code //JAVA_OPTIONS} lines, as JBang applies them when a reader runs it
     * (JMH, say, needs {@code --sun-misc-unsafe-memory-access=allow} to run quietly on JDK 25).
     */
    public static List<String> javaOptions(String source) {
        List<String> options = new ArrayList<>();
        for (Directive directive : directives(source, "//JAVA_OPTIONS")) {
            options.addAll(directive.words());
        }
        return options;
    }

    /**
     * The javac options of the sample's {@code //COMPILE_OPTIONS} lines. Only {@code --add-exports} is taken (a
     * sample that uses a JDK-internal annotation such as {@code @Contended} needs it): the source launcher accepts
     * it too, so the page's {@code java} command still runs the sample. Anything else fails naming its line.
     */
    public static List<String> compileOptions(String source) {
        List<String> options = new ArrayList<>();
        for (Directive directive : directives(source, "//COMPILE_OPTIONS")) {
            List<String> words = directive.words();
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                if (word.startsWith("--add-exports=") && word.length() > "--add-exports=".length()) {
                    options.add(word);
                } else if (word.equals("--add-exports") && w + 1 < words.size()) {
                    options.add(word + "=" + words.get(++w));
                } else {
                    throw new DependencyException("line " + directive.line() + ": //COMPILE_OPTIONS " + word + ": only"
                            + " --add-exports <module>/<package>=ALL-UNNAMED is supported (the page's java command must"
                            + " run the sample too)");
                }
            }
        }
        return options;
    }

    /** A {@code //SOURCES} entry: the line that names it and the file's path under samples/. */
    public record Source(int line, String samplePath) {
    }

    /**
     * The other source files the sample is compiled with ({@code //SOURCES}), as paths under samples/: JBang resolves
     * them against the sample's own folder, here and when a reader runs the published sample from the site. Globs,
     * which JBang also takes, are refused so that what a page uses is spelled out.
     */
    public static List<Source> sources(String source, String samplePath) {
        Path folder = Path.of(samplePath).getParent();
        List<Source> sources = new ArrayList<>();
        for (Directive directive : directives(source, "//SOURCES")) {
            if (directive.words().isEmpty()) {
                throw new DependencyException("line " + directive.line() + ": //SOURCES names no file; write //SOURCES Other.java");
            }
            for (String file : directive.words()) {
                if (file.contains("*") || file.contains("?") || !file.endsWith(".java") || file.startsWith("/")) {
                    throw new DependencyException("line " + directive.line() + ": //SOURCES " + file + ": name one .java file"
                            + " by its path from this sample's folder (no globs, no absolute paths)");
                }
                Path resolved = (folder == null ? Path.of(file) : folder.resolve(file)).normalize();
                sources.add(new Source(directive.line(), resolved.toString().replace('\\', '/')));
            }
        }
        return sources;
    }

    /** The declared coordinates, in order; a bad declaration is a {@link DependencyException} naming its line. */
    public static List<Coordinate> of(String source) {
        List<Coordinate> coordinates = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//REPOS")) {
                throw new DependencyException("line " + (i + 1) + ": //REPOS names another repository; samples take"
                        + " their dependencies from Maven Central only: remove the line");
            }
            if (!line.startsWith("//DEPS")) {
                continue;
            }
            String list = line.substring("//DEPS".length()).strip();
            if (list.isEmpty()) {
                throw new DependencyException("line " + (i + 1) + ": //DEPS names no dependency; write //DEPS group:artifact:version");
            }
            // Spaces or commas separate coordinates; a comma inside a version range does not.
            for (String text : list.split("\\s+|,(?![^\\[(]*[\\])])")) {
                if (text.isBlank()) {
                    continue;
                }
                try {
                    coordinates.add(Coordinate.parse(text));
                } catch (DependencyException e) {
                    throw new DependencyException("line " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        return coordinates;
    }

    /** One directive line: its line number (from 1) and the words after the directive, split at spaces. */
    private record Directive(int line, List<String> words) {
    }

    /** Every line that starts with the directive (after leading spaces), in order. */
    private static List<Directive> directives(String source, String name) {
        List<Directive> found = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(name)) {
                String values = line.substring(name.length()).strip();
                found.add(new Directive(i + 1, values.isEmpty() ? List.of() : List.of(values.split("\\s+"))));
            }
        }
        return found;
    }
}
