package measured.asciidoc;

import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * [source,jshell] blocks on a page: one session per page (declarations carry over), each block's output
 * and stamp right after it, the listing marked as JShell, the page's session as a .jsh download, and a
 * block that ends otherwise than the page says reported at its own line.
 */
class JShellPagesTest {

    @TempDir
    static Path folder;
    static FixtureSite good;
    static FixtureSite bad;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        good = FixtureSite.create(folder.resolve("good"))
                .page("good.adoc", """
                        = Good
                        :description: JShell blocks that end as the page says.

                        [source,jshell]
                        ----
                        var greeting = "hello <b>";
                        ----

                        [source,jshell,check="hello <b>, again"]
                        ----
                        System.out.println(greeting + ", again");
                        ----

                        [source,jshell,expect=fail,check="ArithmeticException"]
                        ----
                        int zero = 0;
                        System.out.println(1 / zero);
                        ----
                        """);
        assertEquals(List.of(), good.bake());
        bad = FixtureSite.create(folder.resolve("bad"))
                .page("bad.adoc", """
                        = Bad
                        :description: A JShell block that throws.

                        Some prose first.

                        [source,jshell]
                        ----
                        int zero = 0;
                        System.out.println(1 / zero);
                        ----
                        """);
        problems = bad.bake();
    }

    @Test
    void aBlockThatThrowsIsReportedAtItsPageAndLine() {
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.getFirst();
        assertTrue(problem.startsWith("content/bad.adoc:7: [source,jshell] block failed at content/bad.adoc:9 (java.lang.ArithmeticException"), problem);
        assertTrue(problem.contains("at content/bad.adoc:9 "), "the line of the failing statement: " + problem);
        assertTrue(problem.contains("expect=fail"), "says what to write if that is the point: " + problem);
    }

    @Test
    void blocksShareOneSessionAndShowTheirOutputEscapedWithAStamp() throws Exception {
        String page = good.html("good.html");
        assertTrue(SamplePages.output(page, 1).contains("hello &lt;b&gt;, again"), page);
        assertTrue(SamplePages.output(page, 2).contains("ArithmeticException"), page);
        assertEquals(3, count(page, "<div class=\"listingblock jshell\">"), "every JShell listing is marked: " + page);
        assertEquals(3, count(page, "<p class=\"stamp\">Measured "), "every output has its stamp: " + page);
        assertFalse(page.contains("hello <b>, again"), "output is escaped");

        assertTrue(page.contains("href=\"good.jsh\" download"), page);
        String script = Files.readString(good.output().resolve("good.jsh"));
        assertTrue(script.indexOf("var greeting") < script.indexOf("System.out.println(greeting"), script);
        assertTrue(script.contains("System.out.println(1 / zero);"), script);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
