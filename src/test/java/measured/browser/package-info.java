/**
 * Browser tests over the baked site, in real Chromium: every page, every feature, every quality gate.
 *
 * <p>{@code ./mvnw verify} bakes the site (and its Pagefind search index) at {@code package}, then failsafe
 * runs the {@code *IT} classes here over target/site. They serve the site on 127.0.0.1 with the headers of
 * netlify.toml ({@link measured.browser.StaticSiteServer}), drive one headless Chromium for the whole run
 * ({@link measured.browser.BrowserSuite}) through chromedriver, both found on the machine (Debian:
 * {@code apt-get install chromium chromium-driver}; elsewhere {@code -Dbrowser.binary=} and
 * {@code -Dbrowser.driver=}), with every host name but 127.0.0.1 unresolvable.
 *
 * <ul>
 *   <li>{@link measured.browser.EveryPageIT}: per page, console errors, failed requests, links/anchors/images/
 *       scripts, one h1, meta description, samples with output and stamp, no markup in outputs, axe-core
 *       WCAG 2.1 AA (light and dark theme), Nu Html Checker; then the median page weight budget.</li>
 *   <li>Features: {@link measured.browser.NavigationIT}, {@link measured.browser.NoScriptIT},
 *       {@link measured.browser.CopyButtonIT}, {@link measured.browser.ThemeToggleIT},
 *       {@link measured.browser.SearchIT}, {@link measured.browser.PhoneLayoutIT},
 *       {@link measured.browser.NotFoundIT}, {@link measured.browser.DownloadsIT},
 *       {@link measured.browser.CompareIT}, {@link measured.browser.SitemapIT}.</li>
 *   <li>{@link measured.browser.BrokenSiteIT}: the same checks catch a broken link, a console error, an
 *       accessibility violation, invalid HTML and a sample without its stamp on a small broken site.</li>
 *   <li>{@link measured.browser.ScreenshotsIT}: key pages at phone and desktop width, both themes, in
 *       target/screenshots/.</li>
 *   <li>{@link measured.browser.LighthouseIT}: only with {@code -Dlighthouse=true} (slow).</li>
 * </ul>
 *
 * <p>Over an existing bake, without baking again:
 * {@code ./mvnw test-compile failsafe:integration-test failsafe:verify [-Dit.test=SearchIT] [-Dbrowser.pages='threads/.*']}
 * (add {@code -Dsite.output=DIR} to check another baked folder).
 * The per-page report (weight, time per check, problems per check) is target/browser-report/pages.md.
 */
package measured.browser;
