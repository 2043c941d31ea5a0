package measured.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite's record for review: one line per page (weight, time, problems per check) and the suite's
 * running time, written to target/browser-report/pages.md and printed at the end of the run.
 */
public final class SuiteReport implements AutoCloseable {

    private final long startNanos = System.nanoTime();
    private final List<PageReport> pages = new ArrayList<>();
    private final PageWeights weights = new PageWeights();
    private final Path folder;

    public SuiteReport(Path folder) {
        this.folder = folder;
    }

    public synchronized void add(PageReport page) {
        pages.add(page);
        weights.record(page.page(), page.bytes());
    }

    public PageWeights weights() {
        return weights;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public synchronized void close() {
        if (pages.isEmpty()) {
            return;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder text = new StringBuilder("# Browser suite report\n\n")
                .append(String.format(Locale.ROOT, "%d pages checked; suite ran %.1f s; median page weight %.1f KB, largest %.1f KB "
                                + "(transferred, gzip, cold cache; budget %d KB median)%n%n",
                        pages.size(), seconds, weights.median() / 1024.0, weights.max() / 1024.0, PageWeights.MEDIAN_BUDGET / 1024))
                .append("| page | KB | s (load, links, structure, axe, html) | console | requests | links | structure | axe | html |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (PageReport p : pages) {
            String steps = p.seconds().values().stream().map(s -> String.format(Locale.ROOT, "%.1f", s))
                    .collect(java.util.stream.Collectors.joining(", "));
            text.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f (%s) | %d | %d | %d | %d | %d | %d |%n", p.page(),
                    p.bytes() / 1024.0, p.totalSeconds(), steps, p.console().size(), p.requests().size(), p.links().size(),
                    p.structure().size(), p.axe().size(), p.html().size()));
        }
        try {
            Files.createDirectories(folder.toAbsolutePath());
            Files.writeString(folder.resolve("pages.md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "Browser suite: %d pages checked in %.1f s; median page %.1f KB; report in %s%n",
                pages.size(), seconds, weights.median() / 1024.0, folder.resolve("pages.md"));
    }
}
