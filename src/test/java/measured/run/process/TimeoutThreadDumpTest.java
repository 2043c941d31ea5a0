package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeoutThreadDumpTest {

    private static final String DEADLOCK = """
            public class Deadlock {
                public static void main(String[] a) throws Exception {
                    System.out.println("pid " + ProcessHandle.current().pid());
                    Object left = new Object(), right = new Object();
                    Thread one = new Thread(() -> { synchronized (left) { pause(); synchronized (right) { } } }, "one");
                    Thread two = new Thread(() -> { synchronized (right) { pause(); synchronized (left) { } } }, "two");
                    one.start(); two.start();
                    one.join();
                }
                static void pause() {
                    try { Thread.sleep(200); } catch (InterruptedException e) { throw new RuntimeException(e); }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aHungProgramIsKilledAtItsTimeoutAfterAThreadDumpWithTheDeadlockReport() throws Exception {
        // 4 s: even on a loaded machine the JVM must reach the deadlock before the timeout.
        ProcessRun run = TinyProgram.compile(dir, "Deadlock", DEADLOCK).run(Duration.ofSeconds(4), true, 100_000);

        assertTrue(run.timedOut());
        assertFalse(run.succeeded());
        assertNotNull(run.threadDump());
        assertTrue(run.threadDump().contains("Found one Java-level deadlock"), run.threadDump());
        assertTrue(run.threadDump().contains("\"one\""), run.threadDump());
        assertTrue(run.wallTime().compareTo(Duration.ofSeconds(4)) >= 0);
        long pid = Long.parseLong(run.output().lines().findFirst().orElseThrow().substring("pid ".length()));
        assertTrue(ProcessChecks.goneSoon(pid), "the hung JVM still runs");
    }

    @Test
    void whenJcmdCannotAttachTheDumpComesFromSigquit() throws Exception {
        // A JVM that refuses attach: jcmd fails, and the JVM prints its own dump on stdout when sent SIGQUIT.
        ProcessRun run = TinyProgram.compile(dir, "Deadlock", DEADLOCK)
                .run(Duration.ofSeconds(4), true, 100_000, "-XX:+DisableAttachMechanism");

        assertTrue(run.timedOut());
        assertNotNull(run.threadDump());
        assertTrue(run.threadDump().contains("Found one Java-level deadlock"), run.threadDump());
        assertFalse(run.output().contains("Full thread dump"), "the dump was moved out of the output");
    }

    @Test
    void withoutAThreadDumpRequestedNoneIsTaken() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Deadlock", DEADLOCK).run(Duration.ofSeconds(1), false, 100_000);

        assertTrue(run.timedOut());
        assertNull(run.threadDump());
    }
}
