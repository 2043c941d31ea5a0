package measured.build;

import measured.outcome.Outcome;
import measured.plan.PagePlan;
import measured.plan.SitePlan;
import measured.render.CatalogHtml;
import measured.render.SamplesReport;
import measured.site.SiteLayout;
import measured.verify.VerifiedBlock;
import measured.verify.VerifiedSample;
import measured.verify.Verifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every run the pages of a bake show, one entry per sample use and per JShell session, for the sample catalog
 * and samples-report.json.
 */
final class PublishedRuns {

    private final List<SamplesReport.Entry> entries;
    private final List<String> titles;
    private final String isolation;

    private PublishedRuns(List<SamplesReport.Entry> entries, List<String> titles, String isolation) {
        this.entries = List.copyOf(entries);
        this.titles = List.copyOf(titles);
        this.isolation = isolation;
    }

    /** @param isolation how this bake isolated its runs (the sandbox, or why there was none) */
    static PublishedRuns of(SitePlan plan, Verifications verified, String isolation) {
        List<SamplesReport.Entry> entries = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (PagePlan page : plan.pages()) {
            for (var use : page.samples()) {
                verified.sampleAt(use.at()).ifPresent(sample -> {
                    entries.add(entry(page.page(), sample));
                    titles.add(page.title());
                });
            }
            List<VerifiedBlock> blocks = page.jshell().stream().flatMap(use -> verified.blockAt(use.at()).stream()).toList();
            if (!blocks.isEmpty()) {
                Duration wall = blocks.stream().map(b -> b.outcome().wallTime()).reduce(Duration.ZERO, Duration::plus);
                boolean passed = blocks.stream().allMatch(b -> b.verdict().passed());
                entries.add(new SamplesReport.Entry(page.page(), blocks.size() + " JShell block(s)", true, false, false,
                        wall, blocks.getFirst().outcome().origin(), passed));
                titles.add(page.title());
            }
        }
        return new PublishedRuns(entries, titles, isolation);
    }

    private static SamplesReport.Entry entry(String page, VerifiedSample sample) {
        Outcome outcome = sample.outcome();
        return new SamplesReport.Entry(page, sample.use().request().samplePath(), false, sample.use().request().isMeasurement(),
                outcome.preview(), outcome.wallTime(), outcome.origin(), sample.verdict().passed());
    }

    List<SamplesReport.Entry> report() {
        return entries;
    }

    String isolation() {
        return isolation;
    }

    /** The catalog's rows, slowest first. */
    List<CatalogHtml.Row> catalog() {
        List<CatalogHtml.Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SamplesReport.Entry e = entries.get(i);
            String kind = e.jshell() ? "JShell" : e.measurement() ? "measurement" : "sample";
            rows.add(new CatalogHtml.Row(e.jshell() ? e.what() : SiteLayout.publishedSample(e.what()), titles.get(i),
                    SiteLayout.publishedPage(e.page()), kind, e.wallTime().toNanos() / 1e9, e.origin().measuredAt(),
                    e.origin().fromCache()));
        }
        rows.sort(Comparator.comparingDouble(CatalogHtml.Row::seconds).reversed());
        return rows;
    }
}
