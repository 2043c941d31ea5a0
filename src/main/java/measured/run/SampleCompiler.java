package measured.run;

import measured.cache.CacheKey;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compiles a sample once, in the build JVM, with javax.tools, into a folder of its own keyed by its
 * source and the JDK (so an unchanged sample is never compiled twice). Running the compiled class costs
 * a fraction of the source launcher, which compiles on every run. Preview features are detected from the
 * compiler's own diagnostics, and the sample is then compiled with {@code --enable-preview}.
 */
public final class SampleCompiler {

    private static final String RELEASE = Integer.toString(Runtime.version().feature());
    private static final List<String> PREVIEW_CODES =
            List.of("compiler.err.preview.feature.disabled", "compiler.err.preview.feature.disabled.plural",
                    "compiler.err.is.preview");

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Path classesRoot;

    public SampleCompiler(Path classesRoot) {
        this.classesRoot = classesRoot;
    }

    /** Compiles a JDK-only sample. */
    public Compilation compile(Path sourceFile) {
        return compile(sourceFile, List.of(), List.of(), List.of());
    }

    /**
     * Compiles a sample against its resolved dependencies, running the annotation processors they bring (JMH's
     * and jcstress's generators): since JDK 23 javac runs none unless asked ({@code -proc:full}). The other source
     * files of its {@code //SOURCES} lines are compiled with it, into the same folder, with the options of its
     * {@code //COMPILE_OPTIONS} lines.
     */
    public Compilation compile(Path sourceFile, List<Path> dependencies, List<Path> otherSources, List<String> options) {
        String fileName = sourceFile.getFileName().toString();
        try {
            String source = Files.readString(sourceFile);
            // A sample may declare a package (JMH insists on one); the source launcher and JBang ignore folders.
            String mainClass = packagePrefix(source) + fileName.substring(0, fileName.length() - ".java".length());
            CacheKey key = new CacheKey().add(Runtime.version()).add(fileName).add(source).add(dependencies).add(options);
            for (Path other : otherSources) {
                key.add(other.getFileName().toString()).add(Files.readString(other));
            }
            Path classes = classesRoot.resolve(key.hex());
            Path marker = classes.resolve(".compiled");
            if (Files.exists(marker)) {
                return new Compilation(classes, mainClass, Files.readString(marker).equals("preview"), Optional.empty());
            }
            List<Path> sources = new ArrayList<>(List.of(sourceFile));
            sources.addAll(otherSources);
            Attempt plain = attempt(sources, classes, false, dependencies, options);
            Attempt result = plain.needsPreview() ? attempt(sources, classes, true, dependencies, options) : plain;
            boolean preview = plain.needsPreview();
            if (result.errors().isEmpty()) {
                Files.writeString(marker, preview ? "preview" : "plain");
            }
            return new Compilation(classes, mainClass, preview, result.errors());
        } catch (IOException e) {
            throw new UncheckedIOException("could not compile " + sourceFile, e);
        }
    }

    private record Attempt(Optional<String> errors, boolean needsPreview) {
    }

    private Attempt attempt(List<Path> sources, Path classes, boolean preview, List<Path> dependencies,
                            List<String> declared) throws IOException {
        Files.createDirectories(classes);
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(),
                "-implicit:none", "-encoding", "UTF-8", "-Xlint:-preview"));
        // --release hides the JDK's internal packages, so javac refuses --add-exports with it; without it javac
        // compiles against this same JDK, the release the run uses anyway.
        if (declared.isEmpty()) {
            options.addAll(List.of("--release", RELEASE));
        }
        options.addAll(declared);
        if (dependencies.isEmpty()) {
            options.add("-proc:none");
        } else {
            options.addAll(List.of("-proc:full", "-cp", classPath(dependencies)));
        }
        if (preview) {
            options.add("--enable-preview");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
            boolean needsPreview = !preview && errors.stream().anyMatch(d -> PREVIEW_CODES.contains(d.getCode()));
            if (ok) {
                return new Attempt(Optional.empty(), false);
            }
            String text = errors.stream()
                    .map(d -> fileName(d) + ":" + d.getLineNumber() + ": error: " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            return new Attempt(Optional.of(text), needsPreview);
        }
    }

    private static String fileName(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getSource() == null ? "javac" : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
    }

    static String classPath(List<Path> entries) {
        return String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", java.util.regex.Pattern.MULTILINE);

    /** "bench." for a source that declares {@code package bench;}, "" for the unnamed package. */
    static String packagePrefix(String source) {
        java.util.regex.Matcher m = PACKAGE.matcher(source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", ""));
        return m.find() ? m.group(1) + "." : "";
    }
}
