package measured.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * What happened when the browser loaded one page: the console errors it printed and every request it
 * made (with the bytes transferred, for the page weight budget). The browser's cache is off, so the
 * requests are everything a first-time reader downloads.
 */
public record PageLoad(URI url, List<String> consoleErrors, List<NetworkRequest> requests) {

    /** Loads the page in the browser and waits until it and its deferred scripts have run. */
    public static PageLoad of(ChromiumBrowser browser, URI url) {
        RemoteWebDriver driver = browser.driver();
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(url.toString());
        settle(driver);
        List<String> errors = consoleErrorsSoFar(browser);
        List<NetworkRequest> requests = NetworkLog.requests(driver.manage().logs().get(LogType.PERFORMANCE).getAll());
        return new PageLoad(url, errors, requests);
    }

    /**
     * Waits for the load event, then until the browser is idle: the work a page's scripts put off until
     * then (js/site.js makes scrolling blocks focusable that way) has run before anything is checked.
     */
    private static void settle(RemoteWebDriver driver) {
        JavascriptExecutor js = driver;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && !"complete".equals(js.executeScript("return document.readyState"))) {
            pause(20);
        }
        js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if ('requestIdleCallback' in window) requestIdleCallback(() => setTimeout(done, 50), { timeout: 2000 });
                else setTimeout(done, 300);
                """);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The console errors printed since the page was loaded (or since the last call). */
    public static List<String> consoleErrorsSoFar(ChromiumBrowser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public List<NetworkRequest> failedRequests() {
        return requests.stream().filter(NetworkRequest::failed).toList();
    }

    /** Bytes transferred for the page and everything it loaded. */
    public long bytes() {
        return requests.stream().mapToLong(NetworkRequest::bytes).sum();
    }
}
