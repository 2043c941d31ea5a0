package measured.browser;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ways a reader finds their way: breadcrumbs, previous/next through each chapter in the sidebar's
 * order, the on-this-page contents with stable heading anchors, and the "Edit this page" link.
 */
@ExtendWith(BrowserSuite.class)
class NavigationIT {

    @Test
    void breadcrumbsLeadFromAPageToItsChapterAndHome(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"breadcrumbs\"");
        assertFalse(pages.isEmpty(), "no page has breadcrumbs");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Document html = session.site().parse(page);
            List<Element> crumbs = html.select("nav.breadcrumbs a");
            String title = html.selectFirst("h1").text();
            if (crumbs.size() != 3 || !crumbs.get(0).text().equals("Home") || !crumbs.get(2).text().equals(title)
                    || !"page".equals(crumbs.get(2).attr("aria-current"))) {
                problems.add(page + ": breadcrumbs " + crumbs.stream().map(Element::text).toList() + " for \"" + title + "\"");
                continue;
            }
            String chapter = resolve(page, crumbs.get(1).attr("href"));
            String chapterTitle = session.site().parse(chapter).selectFirst("h1").text();
            if (!chapterTitle.equals(crumbs.get(1).text())) {
                problems.add(page + ": the chapter crumb says \"" + crumbs.get(1).text() + "\" but leads to \"" + chapterTitle + "\"");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        // And in the browser: the chapter crumb opens the chapter.
        session.open(pages.getFirst());
        ChromeDriver driver = session.browser().driver();
        WebElement chapterCrumb = driver.findElements(By.cssSelector("nav.breadcrumbs a")).get(1);
        String expected = chapterCrumb.getText();
        chapterCrumb.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("h1")).getText().equals(expected));
    }

    @Test
    void nextAndPreviousWalkEachChapterInTheSidebarsOrder(SiteSession session) {
        List<String> withSidebar = session.site().pagesContaining("class=\"nav-chapters\"");
        assertFalse(withSidebar.isEmpty(), "no page has the chapter sidebar");
        String any = withSidebar.getFirst();
        List<String> chapters = session.site().parse(any).select("nav.site-nav .nav-chapters > li > a").stream()
                .map(a -> resolve(any, a.attr("href"))).toList();
        List<String> problems = new ArrayList<>();
        int walked = 0;
        for (String chapter : chapters) {
            List<String> sidebar = new ArrayList<>(List.of(chapter));
            session.site().parse(chapter).select("nav.site-nav li.current .nav-pages a")
                    .forEach(a -> sidebar.add(resolve(chapter, a.attr("href"))));
            List<String> forward = walk(session, chapter, "a[rel=next]", sidebar.size());
            if (!forward.equals(sidebar)) {
                problems.add("Next from " + chapter + " visits " + forward + " but the sidebar lists " + sidebar);
            }
            List<String> backward = walk(session, sidebar.getLast(), "a[rel=prev]", sidebar.size());
            if (!backward.equals(sidebar.reversed())) {
                problems.add("Previous from " + sidebar.getLast() + " visits " + backward + ", expected " + sidebar.reversed());
            }
            walked += sidebar.size();
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(walked > chapters.size(), "the chapters have pages to walk through: " + chapters);

        // And in the browser: "Next" opens the page the pager names.
        session.open(chapters.getFirst());
        ChromeDriver driver = session.browser().driver();
        WebElement next = driver.findElement(By.cssSelector("a[rel=next]"));
        String named = next.getText().replaceFirst("^Next\\s*", "");
        next.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("h1")).getText().equals(named));
    }

    @Test
    void onThisPageListsEverySectionAndJumpsToIt(SiteSession session) {
        List<String> pages = session.site().pagesContaining("class=\"page-toc");
        assertFalse(pages.isEmpty(), "no page has an on-this-page list");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Document html = session.site().parse(page);
            List<String> listed = html.select(".page-toc a").stream().map(a -> a.attr("href").substring(1)).toList();
            List<String> sections = html.select("main h2[id]").stream().map(h -> h.id()).toList();
            if (!listed.equals(sections)) {
                problems.add(page + ": on this page lists " + listed + " but the sections are " + sections);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        String page = pages.getFirst();
        session.open(page);
        ChromeDriver driver = session.browser().driver();
        List<WebElement> entries = driver.findElements(By.cssSelector(".page-toc a"));
        WebElement last = entries.getLast();
        String id = last.getDomAttribute("href").substring(1);
        last.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#" + id));
        Object top = driver.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
        double y = ((Number) top).doubleValue();
        long viewport = (Long) driver.executeScript("return window.innerHeight");
        assertTrue(y >= 0 && y < viewport, "section " + id + " is scrolled into view (top at " + y + " px)");
    }

    /**
     * Heading anchors are the heading's own words (lower case, joined by hyphens) or an id its page's
     * source gives it ({@code [[cost]]}), so a link to a section survives a rebuild and the reordering of
     * sections; each heading links to itself.
     */
    @Test
    void headingAnchorsAreTheHeadingsWordsOrTheirOwnIds(SiteSession session) throws IOException {
        Path project = SiteFolder.project();
        List<String> problems = new ArrayList<>();
        int headings = 0;
        for (String page : session.site().pages()) {
            Path source = project.resolve("content").resolve(page.replaceFirst("\\.html$", ".adoc"));
            String adoc = Files.isRegularFile(source) ? Files.readString(source) : "";
            for (Element heading : session.site().parse(page).select("main h2[id], main h3[id]")) {
                headings++;
                String expected = anchorOf(heading.text());
                boolean declared = adoc.contains("[[" + heading.id() + "]]") || adoc.contains("[#" + heading.id() + "]");
                if (!declared && !heading.id().equals(expected) && !heading.id().matches("\\Q" + expected + "\\E[-_]\\d+")) {
                    problems.add(page + ": \"" + heading.text() + "\" has the anchor #" + heading.id() + ", expected #" + expected);
                }
                Element self = heading.selectFirst("a[href=#" + heading.id() + "]");
                if (self == null) {
                    problems.add(page + ": \"" + heading.text() + "\" does not link to its own anchor");
                }
            }
        }
        assertTrue(headings > 0, "the site has no section headings");
        assertTrue(problems.isEmpty(), problems.size() + " of " + headings + " headings:\n" + String.join("\n", problems));
    }

    @Test
    void editThisPageLinksToThePagesSourceInTheRepository(SiteSession session) {
        Path project = SiteFolder.project();
        List<String> pages = session.site().pagesContaining("class=\"edit-page\"");
        assertFalse(pages.isEmpty(), "no page has an edit link");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String href = session.site().parse(page).selectFirst(".edit-page a").attr("href");
            int at = href.indexOf("/edit/");
            String source = at < 0 ? "" : href.substring(href.indexOf('/', at + "/edit/".length()) + 1);
            if (!href.startsWith("https://") || !source.startsWith("content/") || !Files.isRegularFile(project.resolve(source))) {
                problems.add(page + ": " + href + " does not name a file of this project's content/");
            } else if (!source.replaceFirst("\\.adoc$", ".html").equals("content/" + page)) {
                problems.add(page + ": edits " + source);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Asciidoctor's rule with idprefix empty and idseparator "-". */
    static String anchorOf(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_ .\\-]+", "")
                .replaceAll("[ .\\-]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** Follows one pager link from page to page, at most {@code limit} pages. */
    private static List<String> walk(SiteSession session, String from, String link, int limit) {
        List<String> visited = new ArrayList<>(List.of(from));
        String page = from;
        while (visited.size() < limit + 1) {
            Element next = session.site().parse(page).selectFirst("nav.pager " + link);
            if (next == null) {
                break;
            }
            page = resolve(page, next.attr("href"));
            visited.add(page);
        }
        return visited;
    }

    /** A link's target as a page of the site ("threads/index.html"). */
    private static String resolve(String page, String href) {
        String path = URI.create("http://site/" + page).resolve(href).getPath().substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
