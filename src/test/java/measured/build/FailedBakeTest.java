package measured.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build with errors names what is wrong and publishes nothing, not even half a site. */
class FailedBakeTest {

    @Test
    void aTemplateErrorFailsTheBuildNamingThePage(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder).page("alpha/index.adoc", """
                = Alpha
                :jbake-type: chapter
                :description: A chapter.

                Text.
                """);
        Files.writeString(site.root().resolve("templates/chapter.ftl"), "<#ftl output_format=\"HTML\">${content.nosuchfield.deeper}");
        List<String> problems = site.bake();
        assertTrue(problems.stream().anyMatch(p -> p.contains("alpha/index.html") && p.contains("nosuchfield")),
                problems.toString());
        assertFalse(Files.exists(site.output()), "a failed build must not publish");
    }

    @Test
    void aFailedBuildKeepsThePreviouslyPublishedSite(@TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder);
        assertTrue(site.bake().isEmpty());
        site.page("broken.adoc", """
                = Broken
                :description: Uses a missing sample.

                sample::nowhere/Missing.java[]
                """);
        List<String> problems = site.bake();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/broken.adoc:4: ")), problems.toString());
        assertTrue(Files.exists(site.output().resolve("index.html")), "the last good site stays published");
        assertFalse(Files.exists(site.output().resolve("broken.html")));
    }

    @Test
    void aFolderThatIsNotASiteIsNamed(@TempDir Path folder) {
        SiteBuildException error = org.junit.jupiter.api.Assertions.assertThrows(SiteBuildException.class,
                () -> TestBuilder.get().bake(BuildOptions.of(folder, folder.resolve("out"), folder.resolve("cache"))));
        assertTrue(error.getMessage().contains("missing content, templates, jbake.properties"), error.getMessage());
    }
}
