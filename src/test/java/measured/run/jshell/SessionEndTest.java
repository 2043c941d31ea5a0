package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void systemExitEndsTheSessionNotTheBuild() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            long pid = session.pid();
            BlockResult exit = session.run("""
                    System.out.println("leaving");
                    System.exit(3);
                    System.out.println("not reached");
                    """, TIMEOUT);
            BlockResult later = session.run("1 + 1", TIMEOUT);

            assertEquals(BlockResult.Status.SESSION_ENDED, exit.status());
            assertEquals("leaving\n", exit.output());
            assertEquals(2, exit.errorLine());
            assertTrue(exit.errorMessage().contains("exit code 3"), exit.errorMessage());
            assertEquals(BlockResult.Status.SESSION_ENDED, later.status());
            assertTrue(later.errorMessage().contains("ended in block 1"), later.errorMessage());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }
        // Still here: the test JVM lives on.
        assertTrue(Runtime.getRuntime().availableProcessors() > 0);
    }

    @Test
    void runtimeHaltEndsTheSessionToo() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult halt = session.run("""
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook")));
                    System.out.println("halting");
                    Runtime.getRuntime().halt(9);
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.SESSION_ENDED, halt.status());
            assertEquals("halting\n", halt.output());
            assertEquals(3, halt.errorLine());
            assertTrue(halt.errorMessage().contains("exit code 9"), halt.errorMessage());
        }
    }

    @Test
    void closeKillsTheSessionJvmAndWhatItStarted() throws Exception {
        long pid;
        long child;
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            pid = session.pid();
            BlockResult started = session.run("""
                    var sleep = new ProcessBuilder("sleep", "60").start();
                    System.out.println(sleep.pid());
                    """, TIMEOUT);
            child = Long.parseLong(started.output().strip());
        }
        assertTrue(goneSoon(pid), "the session JVM still runs");
        assertTrue(goneSoon(child), "the sleep the session started still runs");
    }

    static boolean goneSoon(long pid) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
