package measured.deps;

import measured.asciidoc.SamplePages;
import measured.build.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sample that uses a JDK-internal annotation declares the export in {@code //COMPILE_OPTIONS}: it compiles, runs
 * with the export and its {@code //JAVA_OPTIONS}, and its page's java command carries both; any other compile option is refused.
 */
class CompileOptionsTest {

    private static final String CONTENDED = """
            //COMPILE_OPTIONS --add-exports java.base/jdk.internal.vm.annotation=ALL-UNNAMED
            //JAVA_OPTIONS -XX:-RestrictContended
            import jdk.internal.vm.annotation.Contended;

            class Padded {
                @Contended volatile long value;
            }

            void main() {
                // naming the class at run time needs the export in the run's JVM too
                IO.println("padded field: " + new Padded().value + " (" + Contended.class.getSimpleName() + ")");
            }
            """;

    @Test
    void anExportedInternalAnnotationCompilesAndTheCommandShowsTheOptions(@TempDir Path folder) {
        FixtureSite site = FixtureSite.create(folder)
                .sample("c/Padded.java", CONTENDED)
                .page("contended.adoc", "= Contended\n:description: An internal annotation.\n\nsample::c/Padded.java[check=\"padded field: 0\"]\n");
        assertEquals(List.of(), site.bake());
        String html = site.html("contended.html");
        assertTrue(SamplePages.output(html, 0).contains("padded field: 0 (Contended)"), html);
        assertTrue(html.contains("java --add-exports=java.base/jdk.internal.vm.annotation=ALL-UNNAMED -XX:-RestrictContended"
                + " samples/c/Padded.java"), html);
    }

    @Test
    void anotherCompileOptionFailsAtItsLine(@TempDir Path folder) {
        FixtureSite site = FixtureSite.create(folder)
                .sample("c/Lint.java", "//COMPILE_OPTIONS -Xlint:all\nvoid main() { }")
                .page("lint.adoc", "= Lint\n:description: A compile option.\n\nsample::c/Lint.java[]\n");
        List<String> problems = site.bake();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/lint.adoc:4: sample::c/Lint.java: line 1: //COMPILE_OPTIONS -Xlint:all:"
                + " only --add-exports"), problems.get(0));
    }
}
