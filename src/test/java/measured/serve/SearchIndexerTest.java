package measured.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serve mode re-indexes the published site with the project's Pagefind, and says so when it cannot. */
class SearchIndexerTest {

    @TempDir
    Path project;

    @Test
    void runsThePagefindOfTheSourcesOverThePublishedSite() throws IOException {
        Path site = Files.createDirectories(project.resolve("out"));
        fakePagefind("""
                #!/bin/sh
                [ "$1" = "--site" ] && mkdir "$2/pagefind" && echo indexed > "$2/pagefind/marker"
                """);
        Optional<String> problem = SearchIndexer.find(List.of(project), site).orElseThrow().index();
        assertEquals(Optional.empty(), problem);
        assertEquals("indexed\n", Files.readString(site.resolve("pagefind/marker")));
    }

    @Test
    void aFailingRunIsReportedWithItsOutput() throws IOException {
        fakePagefind("""
                #!/bin/sh
                echo "Error: no pages found" >&2
                exit 3
                """);
        String problem = SearchIndexer.find(List.of(project), project.resolve("out")).orElseThrow().index().orElseThrow();
        assertTrue(problem.startsWith("Pagefind exited with 3"), problem);
        assertTrue(problem.contains("Error: no pages found"), problem);
    }

    @Test
    void theFirstFolderWithPagefindIsUsedAndNoneMeansNoIndexer() throws IOException {
        Path empty = Files.createDirectories(project.resolve("empty"));
        assertTrue(SearchIndexer.find(List.of(empty), project.resolve("out")).isEmpty());
        fakePagefind("#!/bin/sh\nexit 0\n");
        assertTrue(SearchIndexer.find(List.of(empty, project), project.resolve("out")).isPresent());
    }

    private void fakePagefind(String script) throws IOException {
        Path file = Files.createDirectories(project.resolve("node_modules/.bin")).resolve("pagefind");
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
