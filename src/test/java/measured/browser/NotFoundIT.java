package measured.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unknown path gets the site's 404 page, with status 404, styled and working (its links are absolute). */
@ExtendWith(BrowserSuite.class)
class NotFoundIT {

    @Test
    void unknownPathGetsTheNotFoundPage(SiteSession session) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(session.url("threads/no-such-page.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("<h1>Page not found</h1>"), "the body is the site's 404 page");

        PageLoad load = session.open("a/deeper/unknown/path");
        assertEquals("Page not found", session.browser().driver().findElement(By.tagName("h1")).getText());
        // Chromium logs the 404 of the page itself as a console error; nothing else may be logged.
        List<String> errors = load.consoleErrors().stream().filter(e -> !e.contains("unknown/path")).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        assertTrue(load.failedRequests().stream().allMatch(r -> r.url().contains("unknown/path")),
                "everything but the page itself loads from a deep unknown path: " + load.failedRequests());
        Object rules = session.browser().driver().executeScript("return document.styleSheets[0].cssRules.length");
        assertTrue(((Long) rules) > 10, "the stylesheet applies");
        assertTrue(!session.browser().driver().findElements(By.cssSelector("main a[href='/index.html']")).isEmpty(),
                "it links to the home page");
    }
}
