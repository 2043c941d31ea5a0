package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import measured.outcome.Ending;
import measured.outcome.Run;

class OutputHtmlTest {

    @Test
    void escapesTheOutputAndDropsTheLastLineBreak() {
        assertEquals("<pre class=\"output\">List&lt;String&gt; a &amp; b\nThread[#1,main]</pre>",
                OutputHtml.render(run("List<String> a & b\nThread[#1,main]\n", 0, Optional.empty())));
    }

    @Test
    void notesTheCharactersTheCapDropped() {
        assertEquals("<pre class=\"output\">yes\nyes\n<span class=\"output-cut\">… 1,234,567 characters cut</span></pre>",
                OutputHtml.render(run("yes\nyes\n", 1_234_567, Optional.empty())));
    }

    @Test
    void saysSoWhenThereIsNoOutput() {
        assertEquals("<pre class=\"output output-empty\"><span class=\"output-note\">(no output)</span></pre>",
                OutputHtml.render(run("", 0, Optional.empty())));
    }

    @Test
    void takesExtraClasses() {
        assertEquals("<pre class=\"output jshell-output\">42</pre>", OutputHtml.render(run("42\n", 0, Optional.empty()), "jshell-output"));
    }

    @Test
    void rendersAThreadDumpAsItsOwnCollapsedBlock() {
        assertEquals("<pre class=\"output\">started</pre>\n<details class=\"thread-dump\"><summary>Thread dump taken before the run"
                        + " was stopped</summary><pre class=\"output thread-dump\">&quot;main&quot; #1 &lt;waiting&gt;</pre></details>",
                OutputHtml.render(run("started\n", 0, Optional.of("\"main\" #1 <waiting>\n"))));
    }

    private static Run run(String output, long dropped, Optional<String> dump) {
        return new Run(output, dropped, Ending.COMPLETED, 0, Optional.empty(), 0, Duration.ofSeconds(1), dump, Optional.empty());
    }
}
