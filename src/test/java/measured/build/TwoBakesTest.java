package measured.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One builder bakes two different sites one after the other, and neither bake sees the other's pages or results. */
class TwoBakesTest {

    @Test
    void twoSitesBakedInOneJvmKeepTheirOwnPagesAndResults(@TempDir Path folder) {
        FixtureSite apples = site(folder.resolve("apples"), "Apples", "apples: 3");
        FixtureSite pears = site(folder.resolve("pears"), "Pears", "pears: 5");
        try (SiteBuilder builder = new SiteBuilder(System.out)) {
            builder.bake(apples.options());
            builder.bake(pears.options());
            builder.bake(apples.options().withFresh(true));
        }
        assertOnlyItsOwn(apples, "Apples", "apples: 3", "Pears", "pears: 5");
        assertOnlyItsOwn(pears, "Pears", "pears: 5", "Apples", "apples: 3");
        assertEquals(List.of(), pears.bake(), "the shared test builder bakes after a builder was closed");
    }

    private static FixtureSite site(Path folder, String chapter, String printed) {
        return FixtureSite.create(folder)
                .sample("fruit/Count.java", "void main() { IO.println(\"" + printed + "\"); }")
                .page("fruit/index.adoc", """
                        = %s
                        :jbake-type: chapter
                        :description: A chapter about %s.

                        sample::fruit/Count.java[check="%s"]
                        """.formatted(chapter, chapter, printed));
    }

    private static void assertOnlyItsOwn(FixtureSite site, String title, String printed, String otherTitle, String otherPrinted) {
        String chapter = site.html("fruit/index.html");
        assertTrue(chapter.contains("<h1>" + title + "</h1>"), chapter);
        assertTrue(chapter.contains(printed), chapter);
        assertFalse(chapter.contains(otherPrinted), "no result of the other site: " + chapter);
        assertFalse(site.html("index.html").contains(otherTitle), "no page of the other site in the navigation");
    }
}
