package measured.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-page screenshots of the key pages (home, a chapter, the page with the most samples, 404) at phone
 * and desktop width, in the light and the dark theme, saved under target/screenshots/ for review.
 */
@ExtendWith(BrowserSuite.class)
class ScreenshotsIT {

    private static final Path FOLDER = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

    @Test
    void keyPagesAtPhoneAndDesktopWidth(SiteSession session) throws IOException {
        Files.createDirectories(FOLDER);
        List<Path> saved = new ArrayList<>();
        try {
            for (String page : keyPages(session.site())) {
                for (String theme : List.of("light", "dark")) {
                    session.browser().phone(390, 844);
                    saved.add(shoot(session, page, theme, "phone"));
                    session.browser().desktop();
                    saved.add(shoot(session, page, theme, "desktop"));
                }
            }
        } finally {
            session.browser().desktop();
            session.browser().driver().executeScript("localStorage.clear()");
        }
        for (Path file : saved) {
            assertTrue(Files.size(file) > 5_000, file + " is too small to be a screenshot of a page");
        }
        System.out.println("Screenshots: " + saved.size() + " in " + FOLDER.toAbsolutePath());
    }

    /** Home, the first chapter, the page with the most samples, and the 404 page. */
    static List<String> keyPages(SiteFolder site) {
        Set<String> pages = new LinkedHashSet<>();
        pages.add("index.html");
        site.pagesContaining("class=\"page chapter\"").stream().findFirst().ifPresent(pages::add);
        site.pagesContaining("class=\"openblock sample\"").stream()
                .max(Comparator.comparingInt(page -> site.read(page).split("class=\"openblock sample\"").length))
                .ifPresent(pages::add);
        pages.add("404.html");
        return List.copyOf(pages);
    }

    private static Path shoot(SiteSession session, String page, String theme, String device) throws IOException {
        session.open(page);
        session.browser().driver().executeScript("localStorage.setItem('theme', arguments[0]);"
                + "document.documentElement.setAttribute('data-theme', arguments[0])", theme);
        Map<String, Object> shot = session.browser().cdp("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path file = FOLDER.resolve(page.replace('/', '-').replace(".html", "") + "-" + device + "-" + theme + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }
}
