package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void filesAProgramWritesLandInItsOwnTemporaryDirectoryWhichIsThenDeleted() throws Exception {
        TinyProgram program = TinyProgram.compile(dir, "Writes", """
                import java.nio.file.*;
                public class Writes {
                    public static void main(String[] a) throws Exception {
                        Files.writeString(Path.of("made-here.txt"), "data");
                        Files.createDirectories(Path.of("nested/deeper")).resolve("f").toFile().createNewFile();
                        Files.writeString(Path.of(System.getProperty("user.home"), "in-home.txt"), "data");
                        Files.writeString(Files.createTempFile("made", ".tmp"), "data");
                        System.out.println(Path.of("").toAbsolutePath());
                    }
                }
                """);
        Path workDir;
        try (TempWorkDir temp = TempWorkDir.create()) {
            workDir = temp.path();
            String[] options = MinimalEnvironment.javaOptions(workDir).toArray(String[]::new);
            ProcessRun run = IsolatedProcess.run(new ProcessSpec(program.command(options), workDir,
                    MinimalEnvironment.forWorkingDirectory(workDir), Duration.ofSeconds(30), false, 10_000));

            assertEquals(0, run.exitCode(), run.output());
            assertEquals(workDir.toString(), run.output().strip());
            assertTrue(Files.isRegularFile(workDir.resolve("made-here.txt")));
            assertTrue(Files.isRegularFile(workDir.resolve("in-home.txt")));
            assertTrue(Files.isRegularFile(workDir.resolve("nested/deeper/f")));
            try (var entries = Files.list(workDir)) {
                assertEquals(1, entries.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
            }
        }
        assertFalse(Files.exists(workDir), "the working directory was not deleted");
        assertFalse(Files.exists(Path.of("made-here.txt")), "the program wrote into the build's directory");
    }

    @Test
    void eachRunGetsAFreshEmptyDirectory() throws Exception {
        try (TempWorkDir first = TempWorkDir.create(); TempWorkDir second = TempWorkDir.create()) {
            assertFalse(first.path().equals(second.path()));
            try (var entries = Files.list(first.path())) {
                assertEquals(0, entries.count());
            }
        }
    }

    @Test
    void aReadOnlyDirectoryLeftBehindIsDeletedToo() throws Exception {
        Path workDir;
        try (TempWorkDir temp = TempWorkDir.create()) {
            workDir = temp.path();
            Path locked = Files.createDirectories(workDir.resolve("locked"));
            Files.writeString(locked.resolve("inside.txt"), "data");
            assertTrue(locked.toFile().setWritable(false, false));
        }
        assertFalse(Files.exists(workDir));
    }
}
