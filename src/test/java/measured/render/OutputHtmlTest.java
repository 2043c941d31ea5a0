package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import measured.run.process.ProcessRun;

class OutputHtmlTest {

    @Test
    void escapesTheOutputAndDropsTheLastLineBreak() {
        assertEquals("<pre class=\"output\">List&lt;String&gt; a &amp; b\nThread[#1,main]</pre>",
                OutputHtml.render("List<String> a & b\nThread[#1,main]\n", 0));
    }

    @Test
    void notesTheCharactersTheCapDropped() {
        ProcessRun run = new ProcessRun("yes\nyes\n", 0, Duration.ofSeconds(1), false, null, 1_234_567);
        assertEquals("<pre class=\"output\">yes\nyes\n<span class=\"output-cut\">… 1,234,567 characters cut</span></pre>",
                OutputHtml.render(run));
    }

    @Test
    void saysSoWhenThereIsNoOutput() {
        assertEquals("<pre class=\"output output-empty\"><span class=\"output-note\">(no output)</span></pre>",
                OutputHtml.render("", 0));
    }

    @Test
    void rendersAThreadDumpAsItsOwnBlock() {
        assertEquals("<pre class=\"output thread-dump\">&quot;main&quot; #1 &lt;waiting&gt;</pre>",
                OutputHtml.threadDump("\"main\" #1 <waiting>\n"));
    }
}
