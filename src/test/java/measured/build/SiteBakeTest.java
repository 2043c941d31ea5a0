package measured.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes a small two-chapter site with the real templates and checks the HTML a reader gets. */
class SiteBakeTest {

    @TempDir
    static Path folder;
    static FixtureSite site;

    @BeforeAll
    static void bake() {
        site = FixtureSite.create(folder)
                .page("alpha/index.adoc", """
                        = Alpha chapter
                        :jbake-type: chapter
                        :jbake-order: 20
                        :description: The second chapter.

                        About alpha.
                        """)
                .page("alpha/second.adoc", """
                        = Second page
                        :jbake-order: 20
                        :description: Comes second.

                        Text with <markup> & an ampersand.
                        """)
                .page("alpha/first.adoc", """
                        = First page
                        :jbake-order: 10
                        :description: Comes first.

                        First.
                        """)
                .page("alpha/tenth.adoc", """
                        = Tenth page
                        :jbake-order: 100
                        :description: Comes last although "100" sorts before "20" as text.

                        Tenth.
                        """)
                .page("beta/index.adoc", """
                        = Beta chapter
                        :jbake-type: chapter
                        :jbake-order: 10
                        :description: The first chapter.

                        About beta.
                        """);
        List<String> problems = site.bake();
        assertEquals(List.of(), problems);
    }

    @Test
    void chaptersAreOrderedByTheirOrderAttribute() {
        String home = site.html("index.html");
        int beta = home.indexOf("Beta chapter");
        int alpha = home.indexOf("Alpha chapter");
        assertTrue(beta >= 0 && alpha >= 0, "both chapters are listed: " + home);
        assertTrue(beta < alpha, home);
    }

    @Test
    void pagesOfAChapterAreOrderedNumerically() {
        String chapter = site.html("alpha/index.html");
        int first = chapter.indexOf("First page");
        int second = chapter.indexOf("Second page");
        int tenth = chapter.indexOf("Tenth page");
        assertTrue(first >= 0 && second >= 0 && tenth >= 0, "every page is listed: " + chapter);
        assertTrue(first < second && second < tenth, "order was not 10, 20, 100");
    }

    @Test
    void aPageHasOneH1ItsTitleDescriptionAndLanguage() {
        String page = site.html("alpha/second.html");
        assertAll(
                () -> assertEquals(1, count(page, "<h1")),
                () -> assertTrue(page.contains("<title>Second page · Concurrency, Measured</title>")),
                () -> assertTrue(page.contains("<meta name=\"description\" content=\"Comes second.\">")),
                () -> assertTrue(page.contains("<html lang=\"en\""), "lang"),
                () -> assertTrue(page.contains("<main id=\"main\">")));
    }

    @Test
    void textIsEscaped() {
        String page = site.html("alpha/second.html");
        assertTrue(page.contains("Text with &lt;markup&gt; &amp; an ampersand."), page);
    }

    @Test
    void previousAndNextFollowTheChapterOrder() {
        String page = site.html("alpha/second.html");
        assertTrue(page.contains("rel=\"prev\" href=\"../alpha/first.html\""), page);
        assertTrue(page.contains("rel=\"next\" href=\"../alpha/tenth.html\""), page);
    }

    @Test
    void theCurrentPageIsMarkedInTheChapterNavigation() {
        String page = site.html("alpha/first.html");
        assertTrue(page.contains("href=\"../alpha/first.html\" aria-current=\"page\""), page);
        assertFalse(page.contains("href=\"../alpha/second.html\" aria-current=\"page\""));
    }

    @Test
    void notFoundPageLinksFromTheSiteRoot() {
        String notFound = site.html("404.html");
        assertTrue(notFound.contains("<h1>Page not found</h1>"));
        assertTrue(notFound.contains("href=\"/alpha/index.html\""), notFound);
    }

    @Test
    void sitemapListsEveryPageWithTheSiteHost() {
        String sitemap = site.html("sitemap.xml");
        for (String uri : List.of("alpha/first.html", "alpha/second.html", "alpha/tenth.html", "beta/index.html")) {
            assertTrue(sitemap.contains("<loc>https://concurrency-measured.netlify.app/" + uri + "</loc>"), uri);
        }
    }

    @Test
    void noBlogPagesAreRendered() {
        for (String blogPage : List.of("feed.xml", "archive.html", "tags")) {
            assertFalse(Files.exists(site.output().resolve(blogPage)), blogPage);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
