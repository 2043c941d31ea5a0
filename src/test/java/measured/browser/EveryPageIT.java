package measured.browser;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every page of the baked site, in Chromium: no console error, no failed request, every link, anchor,
 * image and script resolves, one h1, a meta description, samples with output and stamp, no markup in an
 * output, zero axe WCAG 2.1 AA violations (both themes), zero Nu Html Checker errors; then the page
 * weight budget over all of them.
 */
@ExtendWith(BrowserSuite.class)
class EveryPageIT {

    @TestFactory
    Stream<DynamicTest> everyPage(SiteSession session) {
        // -Dbrowser.pages=REGEX checks only the matching pages (while working on a few of them).
        String only = System.getProperty("browser.pages", ".*");
        List<String> pages = session.site().pages().stream().filter(p -> p.matches(only)).toList();
        assertTrue(only.equals(".*") || !pages.isEmpty(), "no page matches -Dbrowser.pages=" + only);
        assertTrue(!only.equals(".*") || pages.contains("index.html") && pages.contains("404.html"),
                "the baked site has no index.html or 404.html: " + pages);
        Stream<DynamicTest> checks = pages.stream().map(page -> dynamicTest(page, () -> {
            PageReport report = session.checks().check(page);
            session.report().add(report);
            List<String> problems = report.problems();
            if (!problems.isEmpty()) {
                fail(page + ": " + problems.size() + " problem(s)\n    " + String.join("\n    ", problems));
            }
        }));
        Stream<DynamicTest> budget = Stream.of(dynamicTest("median page weight within budget", () -> {
            PageWeights weights = session.report().weights();
            assertTrue(weights.median() <= PageWeights.MEDIAN_BUDGET, String.format(Locale.ROOT,
                    "median page weight %.1f KB is over the budget of %d KB; by page: %s", weights.median() / 1024.0,
                    PageWeights.MEDIAN_BUDGET / 1024, weights.all()));
        }));
        return Stream.concat(checks, budget);
    }
}
