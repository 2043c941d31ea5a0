package measured.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Light and dark themes follow the system setting; the toggle overrides it and the choice persists across pages. */
@ExtendWith(BrowserSuite.class)
class ThemeToggleIT {

    private SiteSession session;

    @AfterEach
    void forgetTheChoice() {
        if (session != null) {
            session.browser().driver().executeScript("localStorage.clear()");
            session.browser().systemColorScheme("light");
        }
    }

    @Test
    void toggleSwitchesThemeAndTheChoicePersistsAcrossPages(SiteSession session) {
        this.session = session;
        List<String> pages = twoPages(session);
        session.browser().systemColorScheme("light");
        session.open(pages.get(0));
        ChromeDriver driver = session.browser().driver();
        driver.executeScript("localStorage.clear()");
        session.open(pages.get(0));
        String light = background(driver);
        WebElement toggle = driver.findElement(By.cssSelector("button.theme-toggle"));
        assertTrue(toggle.isDisplayed(), "the toggle is shown when JavaScript runs");
        assertEquals("false", toggle.getDomAttribute("aria-pressed"));

        toggle.click();
        assertEquals("dark", theme(driver));
        assertEquals("true", toggle.getDomAttribute("aria-pressed"));
        String dark = background(driver);
        assertNotEquals(light, dark, "the page background changes with the theme");

        session.open(pages.get(1));
        assertEquals("dark", theme(driver), "the choice is remembered on the next page");
        assertEquals(dark, background(driver));
        assertEquals("true", driver.findElement(By.cssSelector("button.theme-toggle")).getDomAttribute("aria-pressed"));

        driver.findElement(By.cssSelector("button.theme-toggle")).click();
        session.open(pages.get(0));
        assertEquals("light", theme(driver), "switching back is remembered too");
        assertEquals(light, background(driver));
    }

    @Test
    void withoutAChoiceTheThemeFollowsTheSystem(SiteSession session) {
        this.session = session;
        String page = twoPages(session).get(0);
        session.open(page);
        ChromeDriver driver = session.browser().driver();
        driver.executeScript("localStorage.clear()");
        session.browser().systemColorScheme("light");
        session.open(page);
        String light = background(driver);
        session.browser().systemColorScheme("dark");
        session.open(page);
        assertEquals("", theme(driver), "no stored choice");
        assertNotEquals(light, background(driver), "a dark system setting gives the dark theme");
        assertEquals("true", driver.findElement(By.cssSelector("button.theme-toggle")).getDomAttribute("aria-pressed"));
    }

    private static List<String> twoPages(SiteSession session) {
        List<String> pages = session.site().pages().stream().filter(p -> !p.equals("404.html")).limit(2).toList();
        assertEquals(2, pages.size(), "the site needs two pages");
        return pages;
    }

    private static String theme(ChromeDriver driver) {
        Object theme = driver.executeScript("return document.documentElement.getAttribute('data-theme') || ''");
        return String.valueOf(theme);
    }

    private static String background(ChromeDriver driver) {
        return String.valueOf(driver.executeScript("return getComputedStyle(document.body).backgroundColor"));
    }
}
