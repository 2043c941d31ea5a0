package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeoutThreadDumpTest {

    @TempDir
    Path dir;

    @Test
    void aHungBlockIsStoppedAfterAThreadDumpAndTheSessionReportsItsEnd() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            long pid = session.pid();
            // Declared first, so that the hung block is one short snippet: its timeout must not be spent compiling.
            session.run("""
                    void pause() {
                        try { Thread.sleep(200); } catch (InterruptedException e) { throw new RuntimeException(e); }
                    }
                    void deadlock() throws InterruptedException {
                        Object left = new Object();
                        Object right = new Object();
                        Thread one = new Thread(() -> { synchronized (left) { pause(); synchronized (right) { } } }, "one");
                        Thread two = new Thread(() -> { synchronized (right) { pause(); synchronized (left) { } } }, "two");
                        one.start();
                        two.start();
                        System.out.println("locking");
                        one.join();
                    }
                    """, Duration.ofSeconds(60));
            BlockResult hung = session.run("""
                    // they wait for each other forever
                    deadlock();
                    """, Duration.ofSeconds(4));
            BlockResult after = session.run("1", Duration.ofSeconds(30));

            assertEquals(BlockResult.Status.TIMED_OUT, hung.status());
            assertEquals("locking\n", hung.output());
            assertEquals(2, hung.errorLine());
            assertNotNull(hung.threadDump());
            assertTrue(hung.threadDump().contains("Found one Java-level deadlock"), hung.threadDump());
            assertTrue(hung.wallTime().compareTo(Duration.ofSeconds(4)) >= 0);
            assertEquals(BlockResult.Status.SESSION_ENDED, after.status());
            assertTrue(after.errorMessage().contains("timed out"), after.errorMessage());
            assertTrue(SessionEndTest.goneSoon(pid), "the hung JVM still runs");
        }
    }
}
