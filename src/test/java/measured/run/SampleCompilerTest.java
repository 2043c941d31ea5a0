package measured.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Samples compile once, into a folder of their own; preview features are detected from javac itself. */
class SampleCompilerTest {

    @Test
    void aPlainSampleNeedsNoPreview(@TempDir Path folder) throws Exception {
        Path source = write(folder, "Plain.java", "void main() { IO.println(\"plain\"); }");
        Compilation compilation = new SampleCompiler(folder.resolve("classes")).compile(source);
        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertFalse(compilation.preview());
        assertEquals("Plain", compilation.mainClass());
        assertTrue(Files.exists(compilation.classes().resolve("Plain.class")));
    }

    @Test
    void aPreviewApiIsDetectedAndCompiledWithPreview(@TempDir Path folder) throws Exception {
        Path source = write(folder, "Scoped.java", """
                import java.util.concurrent.StructuredTaskScope;
                void main() throws Exception {
                    try (var scope = StructuredTaskScope.open()) {
                        var task = scope.fork(() -> 21 * 2);
                        scope.join();
                        IO.println(task.get());
                    }
                }
                """);
        Compilation compilation = new SampleCompiler(folder.resolve("classes")).compile(source);
        assertTrue(compilation.succeeded(), compilation.errors().toString());
        assertTrue(compilation.preview());
    }

    @Test
    void compileErrorsNameFileAndLine(@TempDir Path folder) throws Exception {
        Path source = write(folder, "Broken.java", "void main() {\n    int x = \"text\";\n}\n");
        Compilation compilation = new SampleCompiler(folder.resolve("classes")).compile(source);
        assertFalse(compilation.succeeded());
        assertTrue(compilation.errors().orElseThrow().startsWith("Broken.java:2: error: incompatible types"),
                compilation.errors().orElseThrow());
    }

    @Test
    void anUnchangedSampleIsNotCompiledAgain(@TempDir Path folder) throws Exception {
        Path source = write(folder, "Once.java", "void main() { IO.println(\"once\"); }");
        SampleCompiler compiler = new SampleCompiler(folder.resolve("classes"));
        Path classes = compiler.compile(source).classes();
        Path marker = classes.resolve("Once.class");
        long before = Files.getLastModifiedTime(marker).toMillis();
        Thread.sleep(20);
        assertEquals(classes, compiler.compile(source).classes());
        assertEquals(before, Files.getLastModifiedTime(marker).toMillis(), "the class file was not written again");

        write(folder, "Once.java", "void main() { IO.println(\"twice\"); }");
        assertFalse(classes.equals(compiler.compile(source).classes()), "an edited sample compiles into a new folder");
    }

    private static Path write(Path folder, String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }
}
