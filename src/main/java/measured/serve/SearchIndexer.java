package measured.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds the site's search index with Pagefind after a serve-mode bake, as {@code ./mvnw package} does
 * after its bake: each bake publishes a fresh folder, so without this the search box of the served site
 * would find nothing. Uses the Pagefind that npm installed in node_modules; without it, says how to get it.
 */
final class SearchIndexer {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path pagefind;
    private final Path site;

    private SearchIndexer(Path pagefind, Path site) {
        this.pagefind = pagefind;
        this.site = site;
    }

    /** The indexer for {@code site} with the Pagefind installed in the first of {@code folders} that has one. */
    static Optional<SearchIndexer> find(List<Path> folders, Path site) {
        return folders.stream()
                .map(folder -> folder.resolve("node_modules/.bin/pagefind"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(pagefind -> new SearchIndexer(pagefind, site));
    }

    /** Indexes the site; returns what went wrong, if anything (the served pages stay usable either way). */
    Optional<String> index() {
        Path log = null;
        try {
            log = Files.createTempFile("pagefind", ".log");
            Process process = new ProcessBuilder(List.of(pagefind.toString(), "--site", site.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("Pagefind did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return process.exitValue() == 0 ? Optional.empty() : Optional.of("Pagefind exited with "
                    + process.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.of("could not run " + pagefind + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while indexing");
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a leftover log in the temp folder is harmless
                }
            }
        }
    }
}
