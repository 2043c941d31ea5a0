package measured.sandbox;

import measured.build.FixtureSite;
import measured.run.process.ProcessChecks;
import measured.run.process.RunningJdk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build JVM killed with SIGKILL in the middle of a run leaves no sample process and no child of one behind. */
class BuildDeathTest {

    @Test
    void killingTheBuildKillsItsSamples(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder)
                .sample("s/Lingers.java", """
                        void main() throws Exception {
                            new ProcessBuilder("sleep", "4646").start();
                            IO.println("started");
                            Thread.sleep(60_000);
                        }
                        """)
                .page("slow.adoc", """
                        = Slow
                        :description: A sample that is still running when its build dies.

                        sample::s/Lingers.java[]
                        """);
        Path log = folder.resolve("bake.log");
        Process build = new ProcessBuilder(List.of(RunningJdk.java().toString(), "-cp", System.getProperty("java.class.path"),
                "measured.cli.SiteMain", "bake", "--source", site.root().toString(), "--output", site.output().toString(),
                "--cache", site.cache().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(appears("sleep 4646", 60), "the sample never started its child: " + Files.readString(log));
            assertTrue(Files.readString(log).contains("samples run in a PID namespace"), Files.readString(log));
        } finally {
            build.destroyForcibly(); // SIGKILL: no shutdown hook runs
            build.waitFor();
        }
        assertTrue(ProcessChecks.noneRunning("sleep 4646"), "the sample's child outlived the killed build");
        assertTrue(ProcessChecks.noneRunning("Lingers"), "the sample's JVM outlived the killed build");
    }

    private static boolean appears(String command, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            if (ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(command)).orElse(false))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
