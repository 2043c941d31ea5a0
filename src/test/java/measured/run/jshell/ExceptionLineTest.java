package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionLineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void anExceptionIsShownLikeJshellWithFramesPointingAtBlockLines() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            session.run("""
                    void check(int n) {
                        if (n > 2) {
                            throw new IllegalStateException("boom " + n);
                        }
                    }
                    """, TIMEOUT);
            BlockResult result = session.run("""
                    System.out.println("before");

                    check(3);
                    System.out.println("after");
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.EXCEPTION, result.status());
            assertEquals(3, result.errorLine());
            assertEquals("java.lang.IllegalStateException: boom 3", result.errorMessage());
            assertEquals("""
                    before
                    |  Exception java.lang.IllegalStateException: boom 3
                    |        at check (block 1, line 3)
                    |        at (line 3)
                    """, result.output());
            assertFalse(result.output().contains("after"));
        }
    }

    @Test
    void aCauseIsShownAfterTheException() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("""
                    try {
                        Integer.parseInt("x");
                    } catch (NumberFormatException e) {
                        throw new RuntimeException("wrapped", e);
                    }
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.EXCEPTION, result.status());
            assertEquals(4, result.errorLine());
            assertTrue(result.output().startsWith("""
                    |  Exception java.lang.RuntimeException: wrapped
                    |        at (line 4)
                    |  Caused by: java.lang.NumberFormatException: For input string: "x"
                    |        at NumberFormatException.forInputString (NumberFormatException.java:"""),
                    result.output());
            // The JDK's own frames in between have line numbers that change with JDK updates.
            assertTrue(result.output().matches(
                    "(?s).*\\|        at Integer\\.parseInt \\(Integer\\.java:\\d+\\)\n\\|        at \\(line 2\\)\n"),
                    result.output());
        }
    }
}
