package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationsCarryOverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void variablesMethodsAndClassesOfOneBlockAreThereInTheNext() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult first = session.run("""
                    int base = 40;
                    int twice(int n) { return 2 * n; }
                    record Point(int x, int y) { }
                    """, TIMEOUT);
            BlockResult second = session.run("""
                    System.out.println(twice(base) + " " + new Point(1, 2));
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.OK, first.status());
            assertEquals("", first.output());
            assertEquals(BlockResult.Status.OK, second.status(), second.output());
            assertEquals("80 Point[x=1, y=2]\n", second.output());
        }
    }

    @Test
    void theJdkIsImportedLikeInTheJshellTool() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("""
                    var map = new ConcurrentHashMap<String, Integer>();
                    map.put("a", 1);
                    System.out.println(map + " " + Executors.class.getSimpleName());
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.OK, result.status(), result.output());
            assertEquals("$2 ==> null\n{a=1} Executors\n", result.output());
        }
    }
}
