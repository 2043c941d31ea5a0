package measured.sandbox;

import measured.asciidoc.SamplePages;
import measured.build.FixtureSite;
import measured.build.TestBuilder;
import measured.run.process.ProcessChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Samples that try what a hostile contributor would: write into the site's sources and the build user's home by
 * absolute path, leave a file in /tmp, escape their process group with setsid, look for a network. In the
 * sandbox each attempt fails or is undone, and the page shows the sample's own handling of it.
 */
class SandboxTest {

    @TempDir
    static Path folder;
    static FixtureSite site;
    static List<String> problems;
    static Path planted;
    static Path plantedInHome;
    /** A file in the build's /tmp that a sample must not see. */
    static final Path VISIBLE = Path.of("/tmp/measured-sandbox-test-" + ProcessHandle.current().pid());

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.create(folder);
        planted = site.root().resolve("content/planted.adoc");
        plantedInHome = Path.of(System.getProperty("user.home"), "measured-sandbox-test-planted.txt");
        Files.deleteIfExists(plantedInHome);
        Files.writeString(VISIBLE, "the build's own");
        Files.deleteIfExists(Path.of("/tmp/measured-sandbox-left-behind"));
        site.sample("s/Writes.java", """
                        import java.nio.file.*;
                        void main() {
                            for (String target : new String[] {"%s", "%s"}) {
                                try {
                                    Files.writeString(Path.of(target), "= Planted\\n");
                                    IO.println("wrote " + target);
                                } catch (Exception e) {
                                    IO.println("refused: " + e.getMessage());
                                }
                            }
                        }
                        """.formatted(planted, plantedInHome))
                .sample("s/LeavesTmp.java", """
                        import java.nio.file.*;
                        void main() throws Exception {
                            IO.println("sees the build's /tmp: " + Files.exists(Path.of("%s")));
                            Files.writeString(Path.of("/tmp/measured-sandbox-left-behind"), "x");
                            IO.println("left a file in /tmp");
                        }
                        """.formatted(VISIBLE))
                .sample("s/Escapes.java", """
                        void main() throws Exception {
                            new ProcessBuilder("setsid", "sleep", "4343").start(); // a session of its own, never waited for
                            IO.println("escaped");
                        }
                        """)
                .sample("s/Network.java", """
                        import java.net.NetworkInterface;
                        void main() throws Exception {
                            NetworkInterface.networkInterfaces().forEach(i -> IO.println("interface: " + i.getName()));
                        }
                        """)
                .page("hostile.adoc", """
                        = Hostile
                        :description: Samples that try to leave their sandbox.

                        sample::s/Writes.java[check="refused: .*Read-only file system"]

                        sample::s/LeavesTmp.java[check="sees the build's /tmp: false"]

                        sample::s/Escapes.java[check="escaped"]

                        sample::s/Network.java[check="^interface: lo$"]
                        """);
        problems = site.bake();
        Files.deleteIfExists(VISIBLE);
    }

    @Test
    void everyAttemptEndedAsThePageSays() {
        assertEquals(List.of(), problems);
    }

    @Test
    void theSitesSourcesAndTheHomeAreReadOnly() {
        String output = SamplePages.output(site.html("hostile.html"), 0);
        assertEquals(2, output.lines().filter(line -> line.startsWith("refused: ") && line.contains("Read-only file system")).count(),
                output);
        assertFalse(Files.exists(planted), "nothing was written into content/");
        assertFalse(Files.exists(plantedInHome), "nothing was written into the build user's home");
    }

    @Test
    void tmpIsPrivateAndEmpty() {
        assertFalse(Files.exists(Path.of("/tmp/measured-sandbox-left-behind")), "the sample's /tmp went with it");
    }

    @Test
    void aProcessThatLeftTheGroupDiesWithTheSample() throws InterruptedException {
        assertTrue(ProcessChecks.noneRunning("sleep 4343"), "the setsid'd sleep outlived its sample");
    }

    @Test
    void aSampleSeesOnlyLoopback() {
        assertEquals("interface: lo", SamplePages.output(site.html("hostile.html"), 3));
    }

    @Test
    void theReportSaysHowSamplesWereIsolated() throws Exception {
        String report = Files.readString(site.output().resolve("samples-report.json"));
        assertTrue(report.startsWith("{\"isolation\": \"samples run in a PID namespace of their own"), report);
    }

    @Test
    void withoutTheSandboxSamplesStillRunAndTheReportSaysSo(@TempDir Path other) throws Exception {
        FixtureSite plain = FixtureSite.create(other)
                .sample("s/Pid.java", "void main() { IO.println(\"pid \" + ProcessHandle.current().pid()); }")
                .page("plain.adoc", """
                        = Plain
                        :description: A sample without the sandbox.

                        sample::s/Pid.java[check="pid \\d+"]
                        """);
        TestBuilder.get().bake(plain.options().withSandbox(false));
        String report = Files.readString(plain.output().resolve("samples-report.json"));
        assertTrue(report.startsWith("{\"isolation\": \"no sandbox (turned off with -Dsite.sandbox=false)"), report);
        assertTrue(SamplePages.output(plain.html("plain.html"), 0).startsWith("pid "));
    }
}
