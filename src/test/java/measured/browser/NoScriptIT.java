package measured.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With JavaScript off, a page still shows everything it has to say: the sidebar and the on-this-page list
 * on a wide screen, behind their own buttons on a phone, and every sample with its output and stamp.
 * Only what needs a script (search, theme toggle, copy) is missing.
 */
@ExtendWith(BrowserSuite.class)
class NoScriptIT {

    private SiteSession session;

    @AfterEach
    void scriptsBackOn() {
        if (session != null) {
            session.browser().cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            session.browser().desktop();
        }
    }

    @Test
    void aPageShowsItsNavigationAndSamplesWithoutJavaScript(SiteSession session) {
        this.session = session;
        String page = pageWithSamplesAndContents(session);
        session.browser().cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        ChromeDriver driver = openWithoutScripts(session, page);

        assertTrue(driver.findElements(By.cssSelector("button.copy-button")).isEmpty(), "scripts did not run");
        assertAllShown(driver, ".site-nav .nav-chapters a", "sidebar links");
        assertAllShown(driver, ".page-toc nav a", "on-this-page links");
        assertAllShown(driver, ".openblock.sample .listingblock pre", "sample sources");
        assertAllShown(driver, ".openblock.sample .run > pre.output", "sample outputs");
        assertAllShown(driver, ".openblock.sample .stamp", "run stamps");
    }

    @Test
    void onAPhoneTheSidebarOpensWithoutJavaScript(SiteSession session) {
        this.session = session;
        String page = pageWithSamplesAndContents(session);
        session.browser().cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        session.browser().phone(390, 844);
        ChromeDriver driver = openWithoutScripts(session, page);

        WebElement firstLink = driver.findElement(By.cssSelector(".site-nav .nav-chapters a"));
        assertFalse(shown(driver, firstLink), "the sidebar starts collapsed on a phone");
        driver.findElement(By.cssSelector(".site-nav summary")).click();
        assertTrue(shown(driver, firstLink), "its summary opens it without a script");
        assertAllShown(driver, ".openblock.sample .run > pre.output", "sample outputs");
    }

    /** Not {@link SiteSession#open}: it waits for the page's idle callbacks, which never come without scripts. */
    private static ChromeDriver openWithoutScripts(SiteSession session, String page) {
        ChromeDriver driver = session.browser().driver();
        driver.get(session.url(page).toString());
        return driver;
    }

    private static void assertAllShown(ChromeDriver driver, String selector, String what) {
        List<WebElement> elements = driver.findElements(By.cssSelector(selector));
        assertFalse(elements.isEmpty(), "no " + what + " (" + selector + ")");
        List<String> hidden = elements.stream().filter(e -> !shown(driver, e))
                .map(e -> e.getText().lines().findFirst().orElse("<" + e.getTagName() + ">")).toList();
        assertTrue(hidden.isEmpty(), hidden.size() + " of " + elements.size() + " " + what + " hidden: " + hidden);
    }

    /**
     * The browser's own answer (checkVisibility, with a non-empty box), not WebElement.isDisplayed: Selenium's
     * rule takes everything inside a closed details element as hidden, but on wide screens the site's CSS
     * shows the closed sidebar's contents (::details-content), which is what a reader sees.
     */
    private static boolean shown(ChromeDriver driver, WebElement element) {
        return (Boolean) driver.executeScript("""
                const e = arguments[0], box = e.getBoundingClientRect();
                return e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
                """, element);
    }

    private static String pageWithSamplesAndContents(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"page-toc").stream()
                .filter(session.site().pagesContaining("class=\"openblock sample\"")::contains).toList();
        assertFalse(pages.isEmpty(), "no page has both samples and an on-this-page list");
        return pages.getFirst();
    }
}
