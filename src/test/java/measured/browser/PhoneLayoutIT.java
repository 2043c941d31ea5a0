package measured.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At phone width the chapter sidebar is collapsed behind one line, opens on demand, and no page scrolls sideways. */
@ExtendWith(BrowserSuite.class)
class PhoneLayoutIT {

    private static final int PHONE_WIDTH = 360;

    private SiteSession session;

    @AfterEach
    void backToDesktop() {
        if (session != null) {
            session.browser().desktop();
        }
    }

    @Test
    void sidebarCollapsesAtPhoneWidthAndOpensOnDemand(SiteSession session) {
        this.session = session;
        List<String> pages = session.site().pagesContaining("class=\"site-nav\"");
        assertFalse(pages.isEmpty(), "no page has the chapter sidebar");
        String page = pages.getFirst();
        ChromeDriver driver = session.browser().driver();

        session.browser().phone(PHONE_WIDTH, 780);
        session.open(page);
        WebElement menu = driver.findElement(By.cssSelector(".site-nav details"));
        WebElement list = menu.findElement(By.cssSelector("ol"));
        assertNull(menu.getDomAttribute("open"), "the sidebar starts collapsed on a phone");
        assertFalse(list.isDisplayed(), "its links are hidden until asked for");
        menu.findElement(By.tagName("summary")).click();
        assertTrue(list.isDisplayed(), "tapping the summary opens it");
        assertTrue(horizontalOverflow(driver) <= 0, "opening it does not make the page scroll sideways");

        session.browser().desktop();
        session.open(page);
        assertTrue(driver.findElement(By.cssSelector(".site-nav ol")).isDisplayed(), "on a desktop the sidebar is open");
    }

    @Test
    void noPageScrollsSidewaysAtPhoneWidth(SiteSession session) {
        this.session = session;
        session.browser().phone(PHONE_WIDTH, 780);
        List<String> wide = new ArrayList<>();
        for (String page : session.site().pages()) {
            session.open(page);
            long overflow = horizontalOverflow(session.browser().driver());
            if (overflow > 0) {
                wide.add(page + " (" + overflow + " px too wide: " + widestElement(session.browser().driver()) + ")");
            }
        }
        assertTrue(wide.isEmpty(), "pages wider than a " + PHONE_WIDTH + " px phone: " + wide);
    }

    private static long horizontalOverflow(ChromeDriver driver) {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    private static String widestElement(ChromeDriver driver) {
        return String.valueOf(driver.executeScript("""
                const limit = document.documentElement.clientWidth;
                const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1);
                const e = wide[wide.length - 1];
                return e ? e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') : 'none';
                """));
    }
}
