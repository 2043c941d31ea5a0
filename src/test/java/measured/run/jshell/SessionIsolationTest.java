package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionIsolationTest {

    @TempDir
    Path dir;

    @Test
    void snippetsWorkInTheGivenDirectoryWithTheMinimalEnvironment() throws Exception {
        Path workDir = dir.toRealPath();
        try (JShellSession session = JShellSession.start(JShellOptions.in(workDir))) {
            BlockResult result = session.run("""
                    Files.writeString(Path.of("note.txt"), "data");
                    System.out.println(Path.of("").toAbsolutePath());
                    System.out.println(System.getProperty("user.home"));
                    System.out.println(new TreeMap<>(System.getenv()).keySet());
                    """, Duration.ofSeconds(30));

            assertEquals(BlockResult.Status.OK, result.status(), result.output());
            assertEquals("$1 ==> note.txt\n" + workDir + "\n" + workDir + "\n[HOME, JAVA_HOME, LANG, PATH, TMPDIR, TZ]\n", result.output());
            assertTrue(Files.isRegularFile(workDir.resolve("note.txt")));
        }
        // The working directory is the caller's: the session leaves it be.
        assertTrue(Files.isRegularFile(workDir.resolve("note.txt")));
    }
}
