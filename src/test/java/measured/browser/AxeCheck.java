package measured.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core over the loaded page: WCAG 2.0 and 2.1, levels A and AA, in the light theme; then the colour
 * contrast rule again in the dark theme (the other half of every colour on the site).
 */
public final class AxeCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AxeCheck() {
    }

    @SuppressWarnings("deprecation") // setLegacyMode: deprecated, still the way to skip the blank window
    public static List<String> problems(ChromiumBrowser browser) {
        JavascriptExecutor js = browser.driver();
        List<String> problems = new ArrayList<>();
        Object theme = js.executeScript("return document.documentElement.getAttribute('data-theme')");
        js.executeScript("document.documentElement.setAttribute('data-theme', 'light')");
        problems.addAll(describe("", new AxeBuilder().withTags(WCAG_21_AA).withOptions(violationsOnly())
                // The pages have no frames: legacy mode runs axe in the page itself, without opening
                // a blank window per run to isolate frames (slower, and flaky on a loaded machine).
                .setLegacyMode(true)
                .disableIframeTesting()
                .analyze(browser.driver())));
        js.executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
        problems.addAll(darkContrast(js));
        js.executeScript(theme == null ? "document.documentElement.removeAttribute('data-theme')"
                : "document.documentElement.setAttribute('data-theme', arguments[0])", theme);
        return problems;
    }

    /** Details of violations only: axe skips collecting the passing nodes, which is most of its time. */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** The contrast rule again with the axe-core the first run injected (no second injection). */
    @SuppressWarnings("unchecked")
    private static List<String> darkContrast(JavascriptExecutor js) {
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => 'dark theme: axe ' + v.id + ' (' + v.impact + '): ' + v.help
                      + ' — ' + v.nodes.length + ' element(s), e.g. ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['dark theme: axe failed: ' + e]));
                """);
    }

    private static List<String> describe(String prefix, Results results) {
        if (results.isErrored()) {
            return List.of(prefix + "axe failed: " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String where = rule.getNodes().stream().limit(3)
                    .map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", "));
            problems.add(prefix + "axe " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + " — " + rule.getNodes().size() + " element(s), e.g. " + where);
        }
        return problems;
    }
}
