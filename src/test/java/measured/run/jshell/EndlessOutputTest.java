package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndlessOutputTest {

    @TempDir
    Path dir;

    @Test
    void endlessOutputIsCappedWithANoteAndStoppedAtTheTimeout() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir).withOutputLimit(1000))) {
            BlockResult result = session.run("""
                    while (true) {
                        System.out.println("all work and no play makes Jack a dull boy");
                    }
                    """, Duration.ofSeconds(2));

            assertEquals(BlockResult.Status.TIMED_OUT, result.status());
            assertEquals(1000, result.output().length(), "the kept text");
            assertTrue(result.droppedChars() > 10_000, "counts what was cut: " + result.droppedChars());
        }
    }

    @Test
    void aBlockPrintingMoreThanTheCapFinishesAndSaysHowMuchWasCut() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir).withOutputLimit(100))) {
            BlockResult result = session.run("""
                    for (int i = 0; i < 10_000; i++) System.out.println("x".repeat(99));
                    System.out.println("still here");
                    """, Duration.ofSeconds(60));

            assertEquals(BlockResult.Status.OK, result.status());
            assertEquals("x".repeat(99) + "\n", result.output());
            assertEquals(999_911, result.droppedChars());
        }
    }
}
