package measured.run;

import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Samples that halt, flood, leave children behind, write files or run out of memory cannot hurt the build. */
class HostileSamplesTest {

    @TempDir
    static Path folder;
    static FixtureSite site;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        site = FixtureSite.create(folder)
                .sample("h/Halt.java", "void main() { IO.println(\"halting\"); Runtime.getRuntime().halt(7); }")
                .sample("h/Flood.java", "void main() { while (true) { IO.println(\"spam spam spam spam spam spam spam spam\"); } }")
                .sample("h/Orphan.java", """
                        void main() throws Exception {
                            new ProcessBuilder("sleep", "4242").start(); // never waited for
                            IO.println("left a child behind");
                        }
                        """)
                .sample("h/Writer.java", """
                        import java.nio.file.*;
                        void main() throws Exception {
                            Path file = Path.of("written.txt").toAbsolutePath();
                            Files.writeString(file, "data");
                            IO.println("wrote " + file);
                        }
                        """)
                .sample("h/Oom.java", "void main() { long[] huge = new long[Integer.MAX_VALUE]; IO.println(huge.length); }")
                .page("hostile.adoc", """
                        = Hostile
                        :description: Samples that misbehave on purpose.

                        sample::h/Halt.java[expect=fail,check="halting"]

                        sample::h/Flood.java[expect=timeout,timeout=2]

                        sample::h/Orphan.java[check="left a child behind"]

                        sample::h/Writer.java[check="wrote /"]

                        sample::h/Oom.java[expect=fail,check="java.lang.OutOfMemoryError"]
                        """);
        problems = site.bake();
    }

    @Test
    void everyHostileSampleEndedAsItsPageSays() {
        assertEquals(List.of(), problems);
    }

    @Test
    void haltEndsOnlyTheSample() {
        String output = measured.asciidoc.SamplePages.output(site.html("hostile.html"), 0);
        assertEquals("halting", output, "the build survived and showed what the sample printed before it halted");
    }

    @Test
    void endlessOutputIsCutWithANote() throws Exception {
        String page = site.html("hostile.html");
        Matcher cut = Pattern.compile("… ([\\d,]+) characters cut").matcher(page);
        assertTrue(cut.find(), "a note says how much was cut");
        assertTrue(Files.size(site.output().resolve("hostile.html")) < 512 * 1024, "the page stays small");
    }

    @Test
    void noChildOutlivesItsSample() {
        boolean survivor = ProcessHandle.allProcesses()
                .anyMatch(p -> p.info().commandLine().map(c -> c.contains("sleep 4242")).orElse(false));
        assertFalse(survivor, "the orphaned 'sleep 4242' was killed with its sample's process group");
    }

    @Test
    void filesAreWrittenOnlyInATemporaryFolderThatIsRemoved() throws Exception {
        Matcher wrote = Pattern.compile("wrote (\\S+)").matcher(site.html("hostile.html"));
        assertTrue(wrote.find());
        Path written = Path.of(wrote.group(1));
        assertFalse(written.startsWith(site.root()), "the sample wrote into the site: " + written);
        assertFalse(Files.exists(written), "the working directory was removed: " + written);
        try (Stream<Path> files = Files.walk(site.root())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("written.txt")));
        }
    }
}
