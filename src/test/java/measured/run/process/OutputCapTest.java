package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCapTest {

    @TempDir
    Path dir;

    @Test
    void endlessOutputIsCappedWithANoteOfWhatWasCut() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Endless", """
                public class Endless {
                    public static void main(String[] a) {
                        while (true) {
                            System.out.println("all work and no play makes Jack a dull boy");
                        }
                    }
                }
                """).run(Duration.ofSeconds(2), false, 1000);

        assertTrue(run.timedOut());
        assertEquals(1000, run.output().length());
        assertTrue(run.droppedChars() > 100_000, "dropped " + run.droppedChars());
    }

    @Test
    void aProgramPrintingMoreThanTheCapIsNeverBlockedAndTheCutIsCountedExactly() throws Exception {
        // 2 MB is far more than a pipe holds: if the cap stopped reading, the program would hang until its timeout.
        ProcessRun run = TinyProgram.compile(dir, "Lots", """
                public class Lots {
                    public static void main(String[] a) {
                        String line = "x".repeat(99);
                        for (int i = 0; i < 20_000; i++) {
                            System.out.println(line);
                        }
                        System.out.println("done");
                    }
                }
                """).run(Duration.ofSeconds(30), false, 500);

        assertEquals(0, run.exitCode());
        assertTrue(run.output().startsWith("x".repeat(99) + "\n"));
        assertEquals(20_000 * 100 + "done\n".length() - 500, run.droppedChars());
        assertTrue(run.wallTime().compareTo(Duration.ofSeconds(20)) < 0, run.wallTime().toString());
    }
}
