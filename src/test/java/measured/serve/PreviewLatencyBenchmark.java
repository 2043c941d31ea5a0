package measured.serve;

import measured.build.BuildOptions;
import measured.build.SiteBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long a prose edit takes to reach the served page in serve mode, measured as a writer sees it: the page's
 * file is saved, and the served HTML is fetched until it shows the edit (the file watcher, the re-bake and the
 * server all count). Runs serve mode on a copy of a site; with {@code --pages N} the copy is padded to N pages
 * with generated ones, to show that the time does not grow with the site.
 *
 * <p>Run: {@code scripts/preview-latency.sh [--pages 200] [--edits 5] [SITE]} (see CONTRIBUTING.md).
 */
public final class PreviewLatencyBenchmark {

    private PreviewLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(".").toAbsolutePath().normalize();
        int pages = 0;
        int edits = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                default -> source = Path.of(args[i]).toAbsolutePath().normalize();
            }
        }
        Path work = Files.createTempDirectory("preview-latency-");
        Path site = work.resolve("site");
        copySite(source, site);
        Path cache = source.resolve(".cache/samples");
        int total = padTo(site, pages);
        Path page = site.resolve("content/guide/glossary.adoc");
        BuildOptions options = new BuildOptions(site, work.resolve("out"), cache, false, 0, "", true,
                BuildOptions.DEFAULT_MAVEN_REPOSITORY, List.of(), java.util.Optional.empty());
        boolean verbose = Boolean.getBoolean("verbose");
        PrintStream console = System.out;
        PrintStream quiet = verbose ? console : new PrintStream(OutputStream.nullOutputStream());
        System.setOut(quiet); // serve mode's progress lines; the figures below are printed to the real console
        try (SiteBuilder builder = new SiteBuilder(quiet); DevServer server = new DevServer(options, builder)) {
            Thread serving = Thread.ofPlatform().daemon().start(server::run);
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + awaitPort(server) + "/guide/glossary.html");
            awaitText(http, uri, "Glossary", 600_000);
            List<Double> seconds = new ArrayList<>();
            String original = Files.readString(page);
            for (int edit = 0; edit < edits + 1; edit++) {
                String marker = "Edit number " + edit + " of the latency benchmark.";
                long start = System.nanoTime();
                Files.writeString(page, original + "\n" + marker + "\n");
                awaitText(http, uri, marker, 60_000);
                double took = (System.nanoTime() - start) / 1e9;
                if (edit > 0) { // the first edit warms the JIT up
                    seconds.add(took);
                }
                Thread.sleep(700); // let the search index rebuild before the next save
            }
            serving.interrupt();
            List<Double> sorted = seconds.stream().sorted().toList();
            console.printf("Prose edit to served page, %d pages, %d edits: median %.3f s (min %.3f, max %.3f); load %s%n",
                    total, seconds.size(), sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast(),
                    Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            System.setOut(console);
        }
        System.exit(0);
    }

    private static int awaitPort(DevServer server) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            if (server.port() != 0) {
                return server.port();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("serve mode did not start");
    }

    private static void awaitText(HttpClient http, URI uri, String text, long limitMillis) throws Exception {
        long deadline = System.currentTimeMillis() + limitMillis;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains(text)) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not up yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(uri + " never showed '" + text + "'");
    }

    private static void copySite(Path from, Path to) throws IOException {
        for (String part : List.of("content", "samples", "templates", "assets", "jbake.properties", "netlify.toml")) {
            Path source = from.resolve(part);
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(path, target);
                    }
                }
            }
        }
    }

    /** Adds generated prose pages (a chapter of their own) until the site has {@code pages} pages. */
    private static int padTo(Path site, int pages) throws IOException {
        int existing;
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            existing = (int) files.filter(f -> f.toString().endsWith(".adoc")).count();
        }
        if (pages <= existing) {
            return existing;
        }
        Path chapter = site.resolve("content/generated");
        Files.createDirectories(chapter);
        Files.writeString(chapter.resolve("index.adoc"), "= Generated pages\n:jbake-type: chapter\n:jbake-order: 95\n"
                + ":description: Pages generated to measure serve mode on a large site.\n\nGenerated.\n");
        for (int i = 1; i < pages - existing; i++) {
            Files.writeString(chapter.resolve("page-" + i + ".adoc"), "= Generated page " + i + "\n:jbake-order: " + i
                    + "\n:description: A generated page.\n\n" + "A paragraph of ordinary prose. ".repeat(40)
                    + "\n\n== A section\n\n* one\n* two\n\n== Key points\n\n* Generated.\n");
        }
        return pages;
    }
}
