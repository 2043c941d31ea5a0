package measured.serve;

import com.sun.net.httpserver.HttpServer;
import measured.build.BuildOptions;
import measured.build.SiteBuildException;
import measured.build.SiteBuilder;
import measured.site.SiteLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * Serve mode for writers: bakes the site, serves it on http://localhost:PORT, and bakes again in the same
 * warm JVM whenever content/, templates/, assets/ or samples/ change, then rebuilds the search index. A
 * failed bake prints its problems and keeps serving the last good site.
 */
public final class DevServer {

    private final BuildOptions options;
    private final SiteBuilder builder;
    private final SiteLayout layout;

    public DevServer(BuildOptions options, SiteBuilder builder) {
        this.options = options;
        this.builder = builder;
        this.layout = new SiteLayout(options.source());
    }

    public void run() {
        bakeReportingProblems();
        HttpServer server = start();
        System.out.printf("Serving %s on http://localhost:%d/ (Ctrl+C to stop); watching %s%n",
                options.output(), options.port(),
                String.join(", ", layout.editedFolders().stream().map(f -> layout.root().relativize(f).toString()).toList()));
        try (SourceWatcher watcher = new SourceWatcher(layout.editedFolders())) {
            while (true) {
                List<Path> changed = watcher.awaitChanges();
                System.out.println("Changed: " + changed.stream().map(p -> options.source().relativize(p).toString()).toList());
                bakeReportingProblems();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
        }
    }

    private void bakeReportingProblems() {
        long start = System.nanoTime();
        try {
            builder.bake(options);
            System.out.printf("Ready in %.2f s: reload the page.%n", (System.nanoTime() - start) / 1e9);
            indexForSearch();
        } catch (SiteBuildException e) {
            e.problems().forEach(System.err::println);
            System.err.println("Still serving the last good build; fix the problems above and save again.");
        }
    }

    /** After the page is ready, so a writer never waits for the index to see an edit. */
    private void indexForSearch() {
        long start = System.nanoTime();
        // The sources' Pagefind, or the one of the folder the build runs in (the project, when baking another folder).
        List<Path> folders = List.of(options.source(), Path.of("").toAbsolutePath());
        SearchIndexer.find(folders, options.output()).ifPresentOrElse(indexer -> indexer.index().ifPresentOrElse(
                        problem -> System.err.println("Search index not rebuilt (search finds nothing until it is): " + problem),
                        () -> System.out.printf("Search index rebuilt in %.2f s.%n", (System.nanoTime() - start) / 1e9)),
                () -> System.out.println("No search index: Pagefind is not installed (./mvnw package installs it with npm)."));
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
            server.createContext("/", new StaticFiles(options.output()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve on port " + options.port()
                    + " (is another server running? choose another with -Dsite.port=N)", e);
        }
    }
}
