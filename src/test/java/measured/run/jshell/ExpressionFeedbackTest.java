package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpressionFeedbackTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void expressionsShowTheirValueLikeTheJshellToolDeclarationsAndStatementsDoNot() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("""
                    42
                    int x = 5;
                    String greeting = "hi";
                    greeting + " there"
                    x = 7
                    x
                    void nothing() { }
                    nothing();
                    """, TIMEOUT);

            assertEquals(BlockResult.Status.OK, result.status(), result.output());
            assertEquals("""
                    $1 ==> 42
                    $4 ==> "hi there"
                    x ==> 7
                    x ==> 7
                    """, result.output());
        }
    }

    @Test
    void aLastLineWithoutSemicolonIsAnExpressionToo() throws Exception {
        try (JShellSession session = JShellSession.start(JShellOptions.in(dir))) {
            BlockResult result = session.run("List.of(1, 2, 3).size()", TIMEOUT);

            assertEquals("$1 ==> 3\n", result.output());
        }
    }
}
