package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainThreadTest {

    @TempDir
    Path dir;

    @Test
    void snippetsRunOnTheMainThreadOfAnotherJvm() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("""
                    Thread t = Thread.currentThread();
                    System.out.println(t.getName() + " " + t.getThreadGroup().getName() + " " + t.isVirtual());
                    System.out.println(ProcessHandle.current().pid());
                    """, Duration.ofSeconds(30));

            assertEquals(BlockResult.Status.OK, result.status(), result.output());
            String[] lines = result.output().split("\n");
            assertEquals("main main false", lines[0]);
            long snippetPid = Long.parseLong(lines[1]);
            assertEquals(session.pid(), snippetPid);
            assertNotEquals(ProcessHandle.current().pid(), snippetPid);
        }
    }
}
