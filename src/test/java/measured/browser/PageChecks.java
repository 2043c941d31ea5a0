package measured.browser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every per-page check, run on one page of a served site: load it (console errors, failed requests,
 * weight), then links, structure, accessibility (axe) and HTML validity (Nu).
 */
public final class PageChecks {

    private final ChromiumBrowser browser;
    private final URI base;
    private final SiteFolder site;
    private final LinkCheck links;
    private final HtmlCheck html = new HtmlCheck();

    public PageChecks(ChromiumBrowser browser, URI base, SiteFolder site) {
        this.browser = browser;
        this.base = base;
        this.site = site;
        this.links = new LinkCheck(base);
    }

    public PageReport check(String page) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        PageLoad load = timed(seconds, "load", () -> PageLoad.of(browser, base.resolve(page)));
        List<String> failed = load.failedRequests().stream().map(NetworkRequest::describe).toList();
        List<String> linkProblems = timed(seconds, "links", () -> links.problems(browser));
        List<String> structure = timed(seconds, "structure", () -> StructureCheck.problems(browser));
        List<String> axe = timed(seconds, "axe", () -> AxeCheck.problems(browser));
        List<String> invalid = timed(seconds, "html", () -> html.problems(site.file(page)));
        return new PageReport(page, load.bytes(), seconds, load.consoleErrors(), failed, linkProblems, structure, axe, invalid);
    }

    private static <T> T timed(Map<String, Double> seconds, String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            seconds.put(step, (System.nanoTime() - start) / 1e9);
        }
    }
}
