package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {

    @TempDir
    Path dir;

    @Test
    void aNormalEndIsExitCodeZero() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Fine", """
                public class Fine { public static void main(String[] a) { System.out.println("fine"); } }
                """).run();

        assertEquals(0, run.exitCode());
        assertTrue(run.succeeded());
        assertFalse(run.timedOut());
        assertEquals("fine\n", run.output());
    }

    @Test
    void systemExitCodeIsReported() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Three", """
                public class Three { public static void main(String[] a) { System.exit(3); } }
                """).run();

        assertEquals(3, run.exitCode());
        assertFalse(run.succeeded());
    }

    @Test
    void anUncaughtExceptionIsExitCodeOneWithItsStackTrace() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Throws", """
                public class Throws {
                    public static void main(String[] a) { throw new IllegalStateException("boom"); }
                }
                """).run();

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("java.lang.IllegalStateException: boom"), run.output());
        assertTrue(run.output().contains("at Throws.main"), run.output());
    }
}
