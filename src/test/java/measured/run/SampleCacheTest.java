package measured.run;

import measured.build.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unchanged samples are not run again; an edit re-runs exactly the edited sample; fresh re-runs all. */
class SampleCacheTest {

    @Test
    void cacheHitsMissesAndFreshRuns(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder)
                .sample("x/A.java", "void main() { IO.println(\"a \" + System.nanoTime()); }")
                .sample("x/B.java", "void main() { IO.println(\"b\"); }")
                .page("p.adoc", """
                        = Page
                        :description: Two samples.

                        sample::x/A.java[]

                        sample::x/B.java[]
                        """);

        RunSummary first = site.bakeSummary(false);
        assertEquals(2, first.ran());
        String firstOutput = site.html("p.html");

        RunSummary second = site.bakeSummary(false);
        assertEquals(0, second.ran(), "a rebuild with nothing changed runs no sample");
        assertEquals(2, second.cacheHits());
        String secondOutput = site.html("p.html");
        assertEquals(measuredAt(firstOutput), measuredAt(secondOutput), "the stamp keeps the time of the first run");
        assertTrue(secondOutput.contains("(from the cache)"), "the stamp says the result came from the cache");

        site.sample("x/B.java", "void main() { IO.println(\"b, edited\"); }");
        RunSummary afterEdit = site.bakeSummary(false);
        assertEquals(List.of("x/B.java"), afterEdit.timings().stream().filter(t -> !t.fromCache()).map(RunSummary.Timing::label).toList());

        RunSummary fresh = site.bakeSummary(true);
        assertEquals(2, fresh.ran(), "-Dsite.fresh=true runs every sample");
    }

    private static List<String> measuredAt(String html) {
        return java.util.regex.Pattern.compile("<time datetime=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void anUnreadableEntryIsAMiss(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder)
                .sample("x/A.java", "void main() { IO.println(\"a\"); }")
                .page("p.adoc", "= Page\n:description: One sample.\n\nsample::x/A.java[check=\"^a$\"]\n");
        assertEquals(1, site.bakeSummary(false).ran());
        try (Stream<Path> files = Files.walk(site.cache().resolve("results"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("fields.properties")).toList()) {
                Files.writeString(file, "garbage=\\u12");
            }
        }
        assertEquals(1, site.bakeSummary(false).ran(), "a damaged entry is run again");

    }

    @Test
    void aRunWhoseClaimFailsIsNotCached(@TempDir Path folder) {
        FixtureSite site = FixtureSite.create(folder)
                .sample("x/A.java", "void main() { IO.println(\"a\"); }")
                .page("p.adoc", "= Page\n:description: One sample.\n\nsample::x/A.java[check=\"^b$\"]\n");
        List<String> problems = site.bake();
        assertTrue(problems.getFirst().startsWith("content/p.adoc:4: sample x/A.java: check=\"^b$\" does not match"), problems.toString());
        site.page("p.adoc", "= Page\n:description: One sample.\n\nsample::x/A.java[check=\"^a$\"]\n");
        assertEquals(1, site.bakeSummary(false).ran(), "the failed run was not kept, so it runs again");
    }
}
