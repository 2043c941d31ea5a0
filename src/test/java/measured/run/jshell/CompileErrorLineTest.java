package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileErrorLineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aCompileErrorNamesItsLineWithinTheBlockAndStopsTheBlock() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("""
                    // a comment line
                    System.out.println("ran");
                    int sum(int a,
                            int b) {
                        return a + "" + b;
                    }
                    System.out.println("never");
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.COMPILE_ERROR, result.status());
            assertEquals(5, result.errorLine());
            assertEquals("incompatible types: java.lang.String cannot be converted to int", result.errorMessage());
            assertTrue(result.output().startsWith("ran\n|  Error:\n|  incompatible types"), result.output());
            assertTrue(result.output().contains("|      return a + \"\" + b;\n|             ^--------^\n"), result.output());
            assertFalse(result.output().contains("never"));
        }
    }

    @Test
    void theSessionGoesOnAfterACompileError() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult broken = session.run("int x = \"text\";", TIMEOUT);
            BlockResult next = session.run("1 + 1", TIMEOUT);

            assertEquals(BlockResult.Status.COMPILE_ERROR, broken.status());
            assertEquals(1, broken.errorLine());
            assertEquals(BlockResult.Status.OK, next.status());
            assertEquals("$1 ==> 2\n", next.output());
        }
    }
}
