package measured.serve;

import com.sun.net.httpserver.HttpServer;
import measured.build.BuildOptions;
import measured.build.LiveSite;
import measured.build.SiteBuildException;
import measured.build.SiteBuilder;
import measured.site.SiteLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Serve mode for writers: bakes the site, serves it on http://localhost:PORT with the headers production sends,
 * and after every save bakes again only what the change reaches; open pages reload themselves, or show the
 * problems of a failed bake (the last good site stays served). Then it rebuilds the search index.
 */
public final class DevServer implements AutoCloseable {

    private final BuildOptions options;
    private final SiteLayout layout;
    private final LiveSite site;
    private final LiveReload reload = new LiveReload();
    private volatile Optional<HttpServer> server = Optional.empty();

    public DevServer(BuildOptions options, SiteBuilder builder) {
        this.options = options;
        this.layout = new SiteLayout(options.source());
        this.site = builder.live(options);
    }

    /** Bakes, serves and re-bakes on change until interrupted (Ctrl+C). */
    public void run() {
        start();
        System.out.printf("Serving %s on http://localhost:%d/ (Ctrl+C to stop); watching %s%n",
                options.output(), port(),
                String.join(", ", layout.editedFolders().stream().map(f -> layout.root().relativize(f).toString()).toList()));
        try (SourceWatcher watcher = new SourceWatcher(layout.editedFolders())) {
            while (true) {
                List<Path> changed = watcher.awaitChanges();
                System.out.println("Changed: " + changed.stream().map(p -> options.source().relativize(p).toString()).toList());
                rebake(changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** Bakes the whole site and starts serving it. */
    public void start() {
        long begin = System.nanoTime();
        try {
            site.bakeAll();
            System.out.printf("Ready in %.2f s.%n", (System.nanoTime() - begin) / 1e9);
            indexForSearch();
        } catch (SiteBuildException e) {
            report(e.problems());
        }
        server = Optional.of(serve());
    }

    /** Bakes what the changed files reach; open pages reload, or show the problems. */
    public void rebake(List<Path> changed) {
        long begin = System.nanoTime();
        try {
            List<String> pages = site.bake(changed);
            reload.reload();
            System.out.printf("Ready in %.2f s (%s).%n", (System.nanoTime() - begin) / 1e9, String.join(", ", pages));
            indexForSearch();
        } catch (SiteBuildException e) {
            report(e.problems());
        }
    }

    /** The port it serves on (the one asked for, or the one the OS chose for port 0). */
    public int port() {
        return server.map(s -> s.getAddress().getPort()).orElse(options.port());
    }

    private void report(List<String> problems) {
        problems.forEach(System.err::println);
        System.err.println("Still serving the last good site; fix the problems above and save again.");
        reload.problems(problems);
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

    private HttpServer serve() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
            http.createContext("/", new StaticFiles(options.output(), ProductionHeaders.of(options.source()), Optional.of(reload)));
            // Every open page holds an event stream: one virtual thread each.
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve on port " + options.port()
                    + " (is another server running? choose another with -Dsite.port=N)", e);
        }
    }

    @Override
    public void close() {
        server.ifPresent(s -> s.stop(0));
        server = Optional.empty();
        site.close();
    }
}
