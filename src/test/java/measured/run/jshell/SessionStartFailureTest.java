package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStartFailureTest {

    @TempDir
    Path dir;

    @Test
    void aJvmThatCannotStartFailsTheStartWithWhatTheJvmSaid() {
        IOException failure = assertThrows(IOException.class,
                () -> JShellSession.start(JShellOptions.in(dir).withJvmOptions("-XX:+NoSuchOptionAnywhere")));

        assertTrue(failure.getMessage().contains("exited with code 1 before connecting"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Unrecognized VM option 'NoSuchOptionAnywhere'"),
                failure.getMessage());
    }
}
