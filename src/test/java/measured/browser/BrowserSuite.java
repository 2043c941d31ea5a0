package measured.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Gives browser tests one Chromium and one served copy of the baked site for the whole run (not one per
 * class): {@code @ExtendWith(BrowserSuite.class)}, then take a {@link SiteSession} or {@link ChromiumBrowser}
 * parameter. JUnit closes both when the run ends; the suite's report and running time are written then.
 */
public final class BrowserSuite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SiteSession.class || type == ChromiumBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChromiumBrowser.class ? browser(context) : site(context);
    }

    static ChromiumBrowser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser", key -> ChromiumBrowser.start(), ChromiumBrowser.class);
    }

    static SiteSession site(ExtensionContext context) {
        ChromiumBrowser browser = browser(context);
        SuiteReport report = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("report",
                key -> new SuiteReport(Path.of(System.getProperty("browser.report", "target/browser-report"))), SuiteReport.class);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("site",
                key -> new SiteSession(SiteFolder.baked(), SecurityHeaders.ofProject(), browser, report), SiteSession.class);
    }
}
