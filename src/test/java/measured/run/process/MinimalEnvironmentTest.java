package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimalEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void aProgramSeesOnlyTheMinimalEnvironmentNothingOfTheBuilds() throws Exception {
        TinyProgram program = TinyProgram.compile(dir, "Env", """
                public class Env {
                    public static void main(String[] a) {
                        new java.util.TreeMap<>(System.getenv()).forEach((k, v) -> System.out.println(k + "=" + v));
                    }
                }
                """);
        try (TempWorkDir temp = TempWorkDir.create()) {
            Map<String, String> environment = MinimalEnvironment.forWorkingDirectory(temp.path());
            ProcessRun run = IsolatedProcess.run(new ProcessSpec(program.command(), temp.path(), environment,
                    Duration.ofSeconds(30), false, 10_000));

            Map<String, String> seen = run.output().lines()
                    .map(line -> line.split("=", 2))
                    .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (x, y) -> y, TreeMap::new));
            assertEquals(new TreeMap<>(environment), seen);
            assertEquals(temp.path().toString(), seen.get("HOME"));
            assertEquals("UTC", seen.get("TZ"));
            assertEquals("C.UTF-8", seen.get("LANG"));
            assertEquals(RunningJdk.home().toString(), seen.get("JAVA_HOME"));
        }
    }
}
