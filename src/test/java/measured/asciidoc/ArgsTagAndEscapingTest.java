package measured.asciidoc;

import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * args reach the program, tag shows a region while the whole program runs, output (and compiler messages)
 * escaped.
 */
class ArgsTagAndEscapingTest {

    @TempDir
    static Path folder;
    static FixtureSite site;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        site = FixtureSite.create(folder)
                .sample("x/Echo.java", """
                        void main(String[] args) {
                            // tag::shown[]
                            IO.println("args: " + String.join("|", args));
                            // end::shown[]
                            IO.println("<script>alert('x')</script> & more");
                            System.err.println("to stderr");
                        }
                        """)
                .sample("x/Generic.java", "void main() { java.util.List<String> names = 42; }")
                .page("compile.adoc", """
                        = Compile error
                        :description: A sample shown with its compiler's messages.

                        sample::x/Generic.java[expect=fail,check="incompatible types"]
                        """)
                .page("p.adoc", """
                        = Page
                        :description: Args, tags and escaping.

                        sample::x/Echo.java[args="one two  three",check="args: one\\|two\\|three"]

                        sample::x/Echo.java[tag=shown]
                        """);
        problems = site.bake();
    }

    @Test
    void argumentsAreSplitOnSpaces() {
        assertEquals(List.of(), problems);
        assertTrue(SamplePages.output(site.html("p.html"), 0).contains("args: one|two|three"));
    }

    @Test
    void aTagShowsOnlyItsRegionButTheWholeProgramRuns() {
        String page = site.html("p.html");
        String secondFigure = page.substring(page.indexOf("(excerpt)"));
        String listing = secondFigure.substring(0, secondFigure.indexOf("</pre>"));
        assertTrue(listing.contains("args: "), listing);
        assertFalse(listing.contains("alert"), listing);
        assertTrue(SamplePages.output(page, 1).contains("&lt;script&gt;"), "the whole program ran");
    }


    @Test
    void outputIsEscapedAndStderrIsMerged() {
        String output = SamplePages.output(site.html("p.html"), 0);
        assertTrue(output.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), output);
        assertTrue(output.contains("to stderr"), output);
        assertFalse(output.contains("<script>"));
    }

    @Test
    void compilerMessagesAreEscapedAndStamped() {
        String page = site.html("compile.html");
        assertTrue(SamplePages.output(page, 0).contains("List&lt;java.lang.String&gt;"), page);
        assertTrue(page.contains("<p class=\"stamp\">Compiled <time datetime="), page);
        assertFalse(page.contains("List<String> names"), "no unescaped source in the output");
    }

    @Test
    void theRunCommandAndDownloadLinkAreShown() {
        String page = site.html("p.html");
        assertTrue(page.contains("<code>java samples/x/Echo.java one two three</code>"), page);
        assertTrue(page.contains("href=\"samples/x/Echo.java\" download"), page);
        assertTrue(java.nio.file.Files.exists(site.output().resolve("samples/x/Echo.java")));
    }
}
