package measured.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serve mode's bakes after a change re-render what the change reaches, and only that. */
class LiveSiteTest {

    @Test
    void aChangeReRendersWhatItReachesAndNothingElse(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder)
                .sample("x/Count.java", "void main() { IO.println(\"count: 3\"); }")
                .page("a/index.adoc", "= Chapter A\n:jbake-type: chapter\n:jbake-order: 10\n:description: A chapter.\n\nAbout A.\n")
                .page("a/prose.adoc", "= Prose\n:jbake-order: 10\n:description: Prose only.\n\nFirst words.\n")
                .page("a/shows.adoc", "= Shows\n:jbake-order: 20\n:description: Shows the sample.\n\nsample::x/Count.java[]\n")
                .page("a/quotes.adoc", "= Quotes\n:jbake-order: 30\n:description: Quotes it.\n\nIt counted value:x/Count.java[count].\n");
        try (LiveSite live = TestBuilder.get().live(site.options())) {
            live.bakeAll();
            Path quotes = site.output().resolve("a/quotes.html");
            Files.setLastModifiedTime(quotes, FileTime.fromMillis(0));

            site.page("a/prose.adoc", "= Prose\n:jbake-order: 10\n:description: Prose only.\n\nSecond words.\n");
            assertEquals(List.of("a/prose.html"), live.bake(List.of(site.root().resolve("content/a/prose.adoc"))));
            assertTrue(site.html("a/prose.html").contains("Second words."));
            assertEquals(0, Files.getLastModifiedTime(quotes).toMillis(), "a page the edit does not reach is not written");

            site.sample("x/Count.java", "void main() { IO.println(\"count: 4\"); }");
            List<String> rendered = live.bake(List.of(site.root().resolve("samples/x/Count.java")));
            assertTrue(rendered.containsAll(List.of("a/shows.html", "a/quotes.html")), rendered.toString());
            assertTrue(site.html("a/quotes.html").contains("It counted <span class=\"run-value\">4</span>."), site.html("a/quotes.html"));

            site.page("a/prose.adoc", "= Prose renamed\n:jbake-order: 10\n:description: Prose only.\n\nSecond words.\n");
            assertEquals(List.of("(every page)"), live.bake(List.of(site.root().resolve("content/a/prose.adoc"))),
                    "a new title shows in every page's navigation");
            assertTrue(site.html("a/shows.html").contains("Prose renamed"));

            String good = site.html("a/prose.html");
            site.page("a/prose.adoc", "= Prose renamed\n:jbake-order: 10\n:description: Prose only.\n\nIt took 75 ms (checked).\n");
            SiteBuildException problems = assertThrows(SiteBuildException.class,
                    () -> live.bake(List.of(site.root().resolve("content/a/prose.adoc"))));
            assertTrue(problems.getMessage().contains("content/a/prose.adoc:5: \"(checked)\""), problems.getMessage());
            assertEquals(good, site.html("a/prose.html"), "a failed bake leaves the last good page served");
        }
    }
}
