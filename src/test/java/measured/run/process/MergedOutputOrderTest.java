package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergedOutputOrderTest {

    @TempDir
    Path dir;

    @Test
    void stdoutAndStderrArriveInTheOrderPrinted() throws Exception {
        TinyProgram program = TinyProgram.compile(dir, "Interleave", """
                public class Interleave {
                    public static void main(String[] args) {
                        for (int i = 1; i <= 6; i++) {
                            (i % 2 == 0 ? System.err : System.out).println((i % 2 == 0 ? "err " : "out ") + i);
                        }
                    }
                }
                """);

        ProcessRun run = program.run();

        assertEquals("out 1\nerr 2\nout 3\nerr 4\nout 5\nerr 6\n", run.output());
        assertEquals(0, run.exitCode());
    }
}
