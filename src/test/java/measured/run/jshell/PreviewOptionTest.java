package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewOptionTest {

    private static final String STRUCTURED = """
            try (var scope = StructuredTaskScope.open()) {
                var a = scope.fork(() -> 20);
                var b = scope.fork(() -> 22);
                scope.join();
                System.out.println(a.get() + b.get());
            }
            """;

    @TempDir
    Path dir;

    @Test
    void enablePreviewMakesStructuredConcurrencyUsable() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir).withJvmOptions("--enable-preview"))) {
            BlockResult result = session.run(STRUCTURED, Duration.ofSeconds(30));

            assertEquals(BlockResult.Status.OK, result.status(), result.output());
            assertEquals("42\n", result.output());
        }
    }

    @Test
    void withoutItStructuredConcurrencyDoesNotCompile() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run(STRUCTURED, Duration.ofSeconds(30));

            assertEquals(BlockResult.Status.COMPILE_ERROR, result.status(), result.output());
            assertEquals(1, result.errorLine());
        }
    }
}
