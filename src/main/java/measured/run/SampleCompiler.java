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

    public Compilation compile(Path sourceFile) {
        String fileName = sourceFile.getFileName().toString();
        String mainClass = fileName.substring(0, fileName.length() - ".java".length());
        try {
            String source = Files.readString(sourceFile);
            Path classes = classesRoot.resolve(new CacheKey().add(Runtime.version()).add(fileName).add(source).hex());
            Path marker = classes.resolve(".compiled");
            if (Files.exists(marker)) {
                return new Compilation(classes, mainClass, Files.readString(marker).equals("preview"), Optional.empty());
            }
            Attempt plain = attempt(sourceFile, classes, false);
            Attempt result = plain.needsPreview() ? attempt(sourceFile, classes, true) : plain;
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

    private Attempt attempt(Path sourceFile, Path classes, boolean preview) throws IOException {
        Files.createDirectories(classes);
        List<String> options = new ArrayList<>(List.of("--release", RELEASE, "-d", classes.toString(),
                "-proc:none", "-implicit:none", "-encoding", "UTF-8", "-Xlint:-preview"));
        if (preview) {
            options.add("--enable-preview");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(sourceFile)).call();
            List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
            boolean needsPreview = !preview && errors.stream().anyMatch(d -> PREVIEW_CODES.contains(d.getCode()));
            if (ok) {
                return new Attempt(Optional.empty(), false);
            }
            String text = errors.stream()
                    .map(d -> sourceFile.getFileName() + ":" + d.getLineNumber() + ": error: " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            return new Attempt(Optional.of(text), needsPreview);
        }
    }
}
