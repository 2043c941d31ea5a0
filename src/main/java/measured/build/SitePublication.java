package measured.build;

import measured.plan.PagePlan;
import measured.plan.SitePlan;
import measured.render.SamplesReport;
import measured.render.SessionScript;
import measured.site.SiteLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * What the site publishes besides pages: the sample sources (so every sample can be downloaded and run
 * from the site's own URL), each page's JShell session as a .jsh file, and {@code samples-report.json},
 * the machine-readable record of every run the pages show.
 */
final class SitePublication {

    static final String REPORT = "samples-report.json";

    private SitePublication() {
    }

    static void addTo(Path site, SiteLayout layout, SitePlan plan, PublishedRuns runs) {
        try {
            if (Files.isDirectory(layout.samples())) {
                try (Stream<Path> files = Files.walk(layout.samples())) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String samplePath = layout.samples().relativize(file).toString().replace('\\', '/');
                        copy(file, site.resolve(SiteLayout.publishedSample(samplePath)));
                    }
                }
            }
            for (PagePlan page : plan.pages()) {
                if (page.session().isPresent()) {
                    Path script = site.resolve(SiteLayout.publishedSession(page.page()));
                    Files.createDirectories(script.getParent());
                    Files.writeString(script, SessionScript.of(page.session().get(), script.getFileName().toString()));
                }
            }
            Files.writeString(site.resolve(REPORT), SamplesReport.json(runs.isolation(), runs.report()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish samples into " + site, e);
        }
    }

    private static void copy(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
