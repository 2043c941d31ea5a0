package measured.browser;

import measured.build.BuildOptions;
import measured.build.FixtureSite;
import measured.build.TestBuilder;
import measured.publish.NetlifyConfig;
import measured.serve.DevServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serve mode as a writer uses it: a page open in the browser reloads itself after a save, keeps its scroll
 * position, shows a failed bake's problems over the page, and is served with production's headers; the
 * published site carries none of it.
 */
@ExtendWith(BrowserSuite.class)
class LiveReloadIT {

    private static final String FILLER = "A paragraph that makes the page long enough to scroll. ".repeat(30) + "\n\n";

    @Test
    void anOpenPageReloadsItselfKeepsItsPlaceAndShowsProblems(ChromiumBrowser browser, @TempDir Path folder) throws Exception {
        FixtureSite site = FixtureSite.create(folder).page("live.adoc", page("First version."));
        Files.copy(NetlifyConfig.projectDir().resolve("netlify.toml"), site.root().resolve("netlify.toml"));
        BuildOptions options = new BuildOptions(site.root(), site.output(), site.cache(), false, 0, "", true,
                BuildOptions.DEFAULT_MAVEN_REPOSITORY, List.of(), Optional.empty());
        try (DevServer server = new DevServer(options, TestBuilder.get())) {
            Thread serving = Thread.ofPlatform().daemon().start(server::run);
            URI page = URI.create("http://127.0.0.1:" + awaitPort(server) + "/live.html");
            var driver = browser.driver();
            driver.get(page.toString());
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 600)");
            Thread.sleep(300); // the page's event stream connects

            Files.writeString(site.root().resolve("content/live.adoc"), page("Second version."));
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("Second version."));
            Number scrolled = (Number) ((JavascriptExecutor) driver).executeScript("return window.scrollY");
            assertTrue(Math.abs(scrolled.doubleValue() - 600) < 50, "the reload kept the scroll position: " + scrolled);

            Files.writeString(site.root().resolve("content/live.adoc"), page("Third version.\n\nsample::nowhere/Missing.java[]"));
            String overlay = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("measured-problems")).stream().findFirst().orElse(null)).getText();
            assertTrue(overlay.contains("content/live.adoc:"), overlay);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Second version."), "the last good page stays");

            HttpResponse<Void> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(NetlifyConfig.read(NetlifyConfig.projectDir()).headersFor("/live.html").get("Content-Security-Policy"),
                    head.headers().firstValue("Content-Security-Policy").orElse("none"), "production's policy");
            serving.interrupt();
        }
    }

    @Test
    void thePublishedSiteHasNoLiveReload() throws Exception {
        try (Stream<Path> files = Files.walk(SiteFolder.project().resolve("target/site"))) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(html).contains("__measured"), html + " has serve mode's script");
            }
        }
    }

    private static String page(String text) {
        return "= Live\n:description: A page edited while it is served.\n\n" + FILLER + FILLER + FILLER + text + "\n\n" + FILLER;
    }

    private static int awaitPort(DevServer server) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (server.port() != 0) {
                return server.port();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve mode did not start");
    }
}
