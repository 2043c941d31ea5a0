package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void runningOutOfHeapIsAFailureWithTheErrorShown() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Hog", """
                import java.util.*;
                public class Hog {
                    public static void main(String[] a) {
                        List<long[]> kept = new ArrayList<>();
                        while (true) {
                            kept.add(new long[1 << 20]);
                        }
                    }
                }
                """).run(Duration.ofSeconds(30), false, 10_000, "-Xmx16m");

        assertFalse(run.timedOut());
        assertNotEquals(0, run.exitCode());
        assertFalse(run.succeeded());
        assertTrue(run.output().contains("java.lang.OutOfMemoryError"), run.output());
    }
}
