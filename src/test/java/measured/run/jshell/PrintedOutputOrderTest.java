package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintedOutputOrderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void stdoutStderrAndFeedbackAppearInTheOrderTheyHappened() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("""
                    System.out.println("out 1");
                    System.err.println("err 2");
                    System.out.print("out 3, ");
                    System.err.println("err 3");
                    1 + 3
                    System.out.println("é ü 🎉 ".repeat(100).strip());
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.OK, result.status());
            assertEquals("out 1\nerr 2\nout 3, err 3\n$5 ==> 4\n" + "é ü 🎉 ".repeat(100).strip() + "\n",
                    result.output());
        }
    }

    @Test
    void eachBlockShowsOnlyWhatItPrinted() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult first = session.run("System.out.println(\"first\");", TIMEOUT);
            BlockResult second = session.run("System.out.println(\"second\");", TIMEOUT);

            assertEquals("first\n", first.output());
            assertEquals("second\n", second.output());
        }
    }
}
