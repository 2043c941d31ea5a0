package measured.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks catch what they are for: over a small fixture site (src/test/resources/measured/browser/
 * broken-site) whose pages each break one rule, the same {@link PageChecks} that {@link EveryPageIT} runs
 * report each break, so a page of the real site with that break fails the suite; a good page passes.
 */
@ExtendWith(BrowserSuite.class)
class BrokenSiteIT {

    private static StaticSiteServer server;
    private static PageChecks checks;

    @BeforeAll
    static void serveTheFixture(ChromiumBrowser browser) throws URISyntaxException {
        SiteFolder fixture = new SiteFolder(Path.of(BrokenSiteIT.class.getResource("broken-site/index.html").toURI()).getParent());
        server = StaticSiteServer.start(fixture.root(), SecurityHeaders.ofProject());
        checks = new PageChecks(browser, server.base(), fixture);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGoodPagePasses() {
        assertEquals(List.of(), checks.check("good.html").problems());
    }

    @Test
    void aBrokenLinkAMissingAnchorAndAMissingImageFail() {
        PageReport report = checks.check("broken-link.html");
        assertFound(report, PageReport::links, "missing.html → HTTP 404");
        assertFound(report, PageReport::links, "no element with id \"nowhere\"");
        assertFound(report, PageReport::links, "img/missing.png → HTTP 404");
        assertFound(report, PageReport::requests, "img/missing.png");
    }

    @Test
    void aConsoleErrorFails() {
        assertFound(checks.check("console-error.html"), PageReport::console, "boom");
    }

    @Test
    void aMissingScriptFails() {
        PageReport report = checks.check("missing-script.html");
        assertFound(report, PageReport::requests, "js/missing.js → HTTP 404");
        assertFound(report, PageReport::links, "js/missing.js → HTTP 404");
    }

    @Test
    void anInlineScriptIsBlockedByTheContentSecurityPolicy() {
        PageReport report = checks.check("inline-script.html");
        assertTrue(!SecurityHeaders.ofProject().forPath("/inline-script.html").containsKey("Content-Security-Policy")
                || report.console().stream().anyMatch(e -> e.contains("Content Security Policy")),
                "an inline script breaks the policy: " + report.console());
    }

    @Test
    void anAccessibilityViolationFails() {
        PageReport report = checks.check("inaccessible.html");
        assertFound(report, PageReport::axe, "axe image-alt");
        assertFound(report, PageReport::axe, "axe button-name");
        assertFound(report, PageReport::axe, "axe color-contrast");
        assertFound(report, PageReport::axe, "dark theme: axe color-contrast");
    }

    @Test
    void invalidHtmlFails() {
        PageReport report = checks.check("invalid.html");
        assertFound(report, PageReport::html, "Duplicate ID");
        assertFound(report, PageReport::html, "div");
    }

    @Test
    void missingStampOrOutputSecondHeadingNoDescriptionAndMarkupInAnOutputFail() {
        PageReport report = checks.check("structure.html");
        assertFound(report, PageReport::structure, "2 h1 elements");
        assertFound(report, PageReport::structure, "no meta description");
        assertFound(report, PageReport::structure, "samples/x/NoStamp.java: no stamp");
        assertFound(report, PageReport::structure, "markup in an output: <b>");
        assertFound(report, PageReport::structure, "JShell output 1: no stamp");
        assertFound(report, PageReport::structure, "JShell block 2 (\"IO.println(\"no output shown\")\"): no output");
    }

    private static void assertFound(PageReport report, Function<PageReport, List<String>> check, String expected) {
        List<String> found = check.apply(report);
        assertTrue(found.stream().anyMatch(problem -> problem.contains(expected)),
                report.page() + ": expected a problem containing \"" + expected + "\", found " + found);
        assertTrue(!report.problems().isEmpty(), "so EveryPageIT would fail on such a page");
    }
}
