package measured.deps;

import measured.asciidoc.SamplePages;
import measured.build.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sample that names other source files the JBang way ({@code //SOURCES}) is compiled with them, re-runs when one of
 * them changes, links them for download and shows only its JBang command; a missing one fails at its page and line.
 */
class OtherSourcesTest {

    private static final String SAMPLE = """
            //SOURCES ../shared/Greeting.java
            package demo;

            import shared.Greeting;

            public class Hello {
                public static void main(String[] args) {
                    System.out.println(Greeting.of("reader"));
                }
            }
            """;

    private static String greeting(String word) {
        return """
                package shared;

                public final class Greeting {
                    public static String of(String name) {
                        return "%s, " + name;
                    }
                }
                """.formatted(word);
    }

    private static String page(String target) {
        return "= Sources\n:description: A sample compiled with another file.\n\nsample::" + target + "[check=\"reader\"]\n";
    }

    @Test
    void aSampleIsCompiledWithItsOtherSourcesAndReRunsWhenOneChanges(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder)
                .sample("demo/Hello.java", SAMPLE)
                .sample("shared/Greeting.java", greeting("hello"))
                .page("sources.adoc", page("demo/Hello.java"));
        assertEquals(List.of(), site.bake());
        String html = site.html("sources.html");
        assertTrue(SamplePages.output(html, 0).contains("hello, reader"), html);
        assertTrue(html.contains("Download Hello.java</a> and the file it compiles with, <a class=\"sample-download\""
                + " href=\"samples/shared/Greeting.java\" download>Greeting.java</a>"), html);
        assertTrue(html.contains("Run it with JBang:") && !html.contains("Run it:</span>"), "JBang only: " + html);
        assertTrue(Files.exists(site.output().resolve("samples/shared/Greeting.java")), "published beside the sample");

        Files.writeString(site.root().resolve("samples/shared/Greeting.java"), greeting("welcome"));
        assertEquals(List.of(), site.bake());
        assertTrue(SamplePages.output(site.html("sources.html"), 0).contains("welcome, reader"), "re-run, not cached");
    }

    @Test
    void aMissingOrGlobbedSourceFailsAtItsLine(@TempDir Path folder) {
        FixtureSite site = FixtureSite.create(folder)
                .sample("demo/Hello.java", SAMPLE)
                .sample("demo/Glob.java", "//SOURCES *.java\nvoid main() { }")
                .page("sources.adoc", page("demo/Hello.java") + "\nsample::demo/Glob.java[]\n");
        List<String> problems = site.bake();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/sources.adoc:4: sample::demo/Hello.java: line 1: //SOURCES names"
                + " samples/shared/Greeting.java, which is not another Java file under samples/"), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/sources.adoc:6: sample::demo/Glob.java: line 1: //SOURCES *.java:"
                + " name one .java file"), problems.get(1));
    }
}
