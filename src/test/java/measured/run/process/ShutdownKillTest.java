package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownKillTest {

    /** Run in a JVM of its own: starts a long sleep in a group and exits without closing it. */
    public static final class ExitsWithLiveGroup {
        public static void main(String[] args) throws Exception {
            GroupedProcess sleep = GroupedProcess.start(List.of("sleep", "60"), Path.of(args[0]),
                    Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"));
            System.out.println(sleep.pid());
            System.exit(0);
        }
    }

    @TempDir
    Path dir;

    @Test
    void noProcessOutlivesTheJvmThatStartedIt() throws Exception {
        List<String> command = List.of(RunningJdk.java().toString(), "-cp", System.getProperty("java.class.path"),
                ExitsWithLiveGroup.class.getName(), dir.toString());
        try (TempWorkDir temp = TempWorkDir.create()) {
            ProcessRun run = IsolatedProcess.run(new ProcessSpec(command, temp.path(),
                    MinimalEnvironment.forWorkingDirectory(temp.path()), Duration.ofSeconds(30), false, 10_000));

            assertEquals(0, run.exitCode(), run.output());
            long sleep = Long.parseLong(run.output().strip());
            assertTrue(ProcessChecks.goneSoon(sleep), "the sleep " + sleep + " outlived the JVM that started it");
        }
    }
}
