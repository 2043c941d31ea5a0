package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeHaltTest {

    @TempDir
    Path dir;

    @Test
    void haltEndsTheProgramWithItsCodeKeepingWhatWasPrinted() throws Exception {
        ProcessRun run = TinyProgram.compile(dir, "Halt", """
                public class Halt {
                    public static void main(String[] a) {
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
                        System.out.println("before halt");
                        Runtime.getRuntime().halt(7);
                        System.out.println("after halt");
                    }
                }
                """).run();

        assertEquals(7, run.exitCode());
        assertEquals("before halt\n", run.output());
        assertFalse(run.timedOut());
    }
}
