package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanChildTest {

    @TempDir
    Path dir;

    @Test
    void aChildTheProgramDidNotWaitForIsGoneWhenRunReturns() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "LeavesChild", """
                public class LeavesChild {
                    public static void main(String[] a) throws Exception {
                        Process child = new ProcessBuilder("sleep", "30").start();
                        System.out.println(child.pid());
                    }
                }
                """).run();

        assertEquals(0, run.exitCode());
        long child = Long.parseLong(run.output().strip());
        assertTrue(ProcessChecks.goneSoon(child), "the orphaned sleep " + child + " still runs");
    }

    @Test
    void anOrphanHoldingTheOutputPipeNeitherSurvivesNorDelaysTheRun() throws Exception {
        // The child shares the program's stdout: reading the output to its end would wait for the child too.
        long started = System.nanoTime();
        ProcessRun run = TinyProgram.compile(dir, "LeavesWriter", """
                public class LeavesWriter {
                    public static void main(String[] a) throws Exception {
                        Process child = new ProcessBuilder("sleep", "30").inheritIO().start();
                        System.out.println(child.pid());
                    }
                }
                """).run();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        long child = Long.parseLong(run.output().strip());
        assertTrue(ProcessChecks.goneSoon(child), "the orphaned sleep " + child + " still runs");
        assertTrue(elapsed.compareTo(Duration.ofSeconds(10)) < 0, "run took " + elapsed);
    }

    @Test
    void theWholeTreeIsKilledAtTheTimeout() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "HangsWithChild", """
                public class HangsWithChild {
                    public static void main(String[] a) throws Exception {
                        Process child = new ProcessBuilder("sleep", "30").start();
                        System.out.println(child.pid());
                        child.waitFor();
                    }
                }
                """).run(Duration.ofSeconds(5), false, 1000);

        assertTrue(run.timedOut());
        long child = Long.parseLong(run.output().strip());
        assertTrue(ProcessChecks.goneSoon(child), "the sleep " + child + " survived the timeout");
    }
}
