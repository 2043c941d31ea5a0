package measured.browser;

import java.net.URI;

/** A baked site served on 127.0.0.1 for the browser suite, with the checks and report that go with it. */
public final class SiteSession implements AutoCloseable {

    private final SiteFolder site;
    private final StaticSiteServer server;
    private final ChromiumBrowser browser;
    private final PageChecks checks;
    private final SuiteReport report;

    public SiteSession(SiteFolder site, SecurityHeaders headers, ChromiumBrowser browser, SuiteReport report) {
        this.site = site;
        this.server = StaticSiteServer.start(site.root(), headers);
        this.browser = browser;
        this.checks = new PageChecks(browser, server.base(), site);
        this.report = report;
    }

    public SiteFolder site() {
        return site;
    }

    public ChromiumBrowser browser() {
        return browser;
    }

    public PageChecks checks() {
        return checks;
    }

    public SuiteReport report() {
        return report;
    }

    /** The URL of a path of the site ("threads/pools.html", "samples/x/Y.java", "no-such-page"). */
    public URI url(String path) {
        return server.base().resolve(path);
    }

    /** Loads the page in the browser (cold cache) and tells what happened. */
    public PageLoad open(String path) {
        return PageLoad.of(browser, url(path));
    }

    @Override
    public void close() {
        server.close();
    }
}
