package measured.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The copy buttons put exactly what the page shows on the clipboard: a sample's source, its run command. */
@ExtendWith(BrowserSuite.class)
class CopyButtonIT {

    private static final String READ_CLIPBOARD = """
            const done = arguments[arguments.length - 1];
            navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));
            """;

    @Test
    void copyButtonPutsTheSampleSourceOnTheClipboard(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"openblock sample\"");
        assertFalse(pages.isEmpty(), "the site has no sample block yet");
        ChromeDriver driver = openWithClipboard(session, pages.getFirst());
        WebElement sample = driver.findElement(By.cssSelector(".openblock.sample"));
        WebElement listing = sample.findElement(By.cssSelector(".listingblock"));
        String shown = listing.findElement(By.cssSelector("pre")).getText();
        WebElement button = listing.findElement(By.cssSelector("button.copy-button"));
        button.click();

        String copied = (String) driver.executeAsyncScript(READ_CLIPBOARD);
        assertEquals(shown.strip(), copied.strip(), "the clipboard holds what the listing shows");
        String file = listing.findElement(By.cssSelector(".title")).getText().replace(" (excerpt)", "").strip();
        String source = session.site().read(file).replace("\r\n", "\n");
        assertTrue(source.contains(copied.strip().lines().findFirst().orElse("")),
                "the copied text is the sample " + file + ": " + copied);
        assertTrue(button.getText().startsWith("Copied"), "the button says it copied: " + button.getText());
    }

    @Test
    void copyButtonPutsTheRunCommandOnTheClipboard(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"run-command\"");
        assertFalse(pages.isEmpty(), "the site has no sample block yet");
        ChromeDriver driver = openWithClipboard(session, pages.getFirst());
        WebElement line = driver.findElement(By.cssSelector(".run-command"));
        String command = line.findElement(By.cssSelector("code")).getText();
        line.findElement(By.cssSelector("button")).click();

        String copied = (String) driver.executeAsyncScript(READ_CLIPBOARD);
        assertEquals(command, copied);
        assertTrue(copied.startsWith("java ") && copied.contains("samples/"), copied);
    }

    @Test
    void copyButtonPutsAJShellBlockOnTheClipboardAndThePagesSessionHasIt(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"listingblock jshell\"");
        assertFalse(pages.isEmpty(), "the site has no JShell block");
        String page = pages.getFirst();
        ChromeDriver driver = openWithClipboard(session, page);
        WebElement listing = driver.findElement(By.cssSelector(".listingblock.jshell"));
        String shown = listing.findElement(By.cssSelector("pre")).getText();
        listing.findElement(By.cssSelector("button.copy-button")).click();

        String copied = (String) driver.executeAsyncScript(READ_CLIPBOARD);
        assertEquals(shown.strip(), copied.strip(), "the clipboard holds the JShell block");
        String download = driver.findElement(By.cssSelector("a[download][href$='.jsh']")).getDomAttribute("href");
        String script = session.site().read(session.url(page).resolve(download).getPath().substring(1));
        assertTrue(script.contains(copied.strip()), "the page's .jsh session " + download + " holds the copied block: " + copied);
    }

    @Test
    void copyButtonsAreAnnouncedToScreenReaders(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"listingblock\"");
        assertFalse(pages.isEmpty(), "the site has no listing yet");
        ChromeDriver driver = openWithClipboard(session, pages.getFirst());
        WebElement button = driver.findElement(By.cssSelector(".listingblock button.copy-button"));
        assertTrue(button.getAccessibleName().startsWith("Copy "), button.getAccessibleName());
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> d.findElements(By.cssSelector("[role=status]")).stream()
                .anyMatch(s -> s.getAttribute("textContent").startsWith("Copied")));
        assertFalse(driver.findElements(By.cssSelector("[role=status]")).isEmpty());
    }

    private static ChromeDriver openWithClipboard(SiteSession session, String page) {
        URI origin = session.url("");
        session.browser().cdp("Browser.grantPermissions", Map.of(
                "origin", origin.toString().replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        session.open(page);
        return session.browser().driver();
    }
}
