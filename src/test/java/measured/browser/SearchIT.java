package measured.browser;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search finds a page by a word from its body, from the keyboard, with the offline index the build wrote
 * (Pagefind, under /pagefind/), and under the site's Content-Security-Policy.
 */
@ExtendWith(BrowserSuite.class)
class SearchIT {

    private static final Pattern WORD = Pattern.compile("[a-z]{8,}");
    private static final Pattern ANY_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    @Test
    void searchFindsAPageByAWordFromItsBody(SiteSession session) {
        Map<String, String> words = wordsFoundOnOnePage(session.site());
        assertFalse(words.isEmpty(), "no page has a word of its own to search for");
        ChromeDriver driver = session.browser().driver();
        List<String> pages = new ArrayList<>(words.keySet());
        // A few pages spread over the site: first, middle, last.
        for (String page : new LinkedHashSet<>(List.of(pages.getFirst(), pages.get(pages.size() / 2), pages.getLast()))) {
            String word = words.get(page);
            session.open("index.html");
            WebElement input = driver.findElement(By.cssSelector(".site-search input"));
            input.click();
            input.sendKeys(word);
            List<String> found = results(driver);
            assertTrue(found.stream().anyMatch(url -> url.endsWith("/" + page)),
                    "searching \"" + word + "\" (a word only " + page + " has) finds it; results: " + found);
            List<String> errors = PageLoad.consoleErrorsSoFar(session.browser());
            assertTrue(errors.isEmpty(), "searching printed console errors: " + errors);
        }
    }

    @Test
    void searchIsUsableFromTheKeyboard(SiteSession session) {
        Map<String, String> words = wordsFoundOnOnePage(session.site());
        assertFalse(words.isEmpty(), "no page has a word of its own to search for");
        Map.Entry<String, String> target = words.entrySet().iterator().next();
        ChromeDriver driver = session.browser().driver();
        session.open("404.html");
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys("/");
        WebElement input = driver.findElement(By.cssSelector(".site-search input"));
        assertEquals(input, driver.switchTo().activeElement(), "\"/\" moves the focus to the search box");
        input.sendKeys(target.getValue());
        results(driver);
        input.sendKeys(Keys.ARROW_DOWN);
        WebElement first = driver.switchTo().activeElement();
        assertEquals("a", first.getTagName(), "the down arrow moves to the first result");
        first.sendKeys(Keys.ESCAPE);
        assertEquals(input, driver.switchTo().activeElement(), "Escape goes back to the box");
        assertFalse(driver.findElement(By.cssSelector(".search-results")).isDisplayed(), "Escape closes the results");
        input.sendKeys(" ");
        results(driver);
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("404.html"));
        String opened = driver.findElement(By.tagName("h1")).getText();
        assertFalse(opened.equals("Page not found"), "Enter opens the first result: " + driver.getCurrentUrl());
    }

    private static List<String> results(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector(".search-results a")).isEmpty()
                        || !d.findElements(By.cssSelector(".search-results .search-note")).isEmpty());
        return driver.findElements(By.cssSelector(".search-results a")).stream()
                .map(a -> a.getDomProperty("href"))
                .map(url -> url.endsWith("/") ? url + "index.html" : url) // Pagefind links folders, not index.html
                .toList();
    }

    /**
     * For each indexed page, a word (8+ letters) that no other page's body contains, not even as a relative:
     * Pagefind searches by word stem ("settings" finds "set" and "setting"), so a word is only taken when no
     * other page has a word that is a prefix of it (3+ letters) or shares its first five letters.
     */
    static Map<String, String> wordsFoundOnOnePage(SiteFolder site) {
        Map<String, Set<String>> wordsByPage = new HashMap<>();
        Map<String, Set<String>> proseByPage = new HashMap<>();
        for (String page : site.pagesContaining("data-pagefind-body")) {
            Element body = site.parse(page).selectFirst("[data-pagefind-body]");
            if (body == null) {
                continue;
            }
            body.select("[data-pagefind-ignore]").remove();
            wordsByPage.put(page, words(body.text()));
            // Candidates come from prose only: outputs and code glue tokens together ("12 msPlatform").
            proseByPage.put(page, words(body.select("p, li").text()));
        }
        Map<String, Set<String>> pagesByWord = new HashMap<>();
        Map<String, Set<String>> pagesByFirstFive = new HashMap<>();
        wordsByPage.forEach((page, words) -> words.forEach(word -> {
            pagesByWord.computeIfAbsent(word, w -> new HashSet<>()).add(page);
            if (word.length() >= 5) {
                pagesByFirstFive.computeIfAbsent(word.substring(0, 5), w -> new HashSet<>()).add(page);
            }
        }));
        Map<String, String> chosen = new TreeMap<>();
        proseByPage.forEach((page, words) -> words.stream()
                .filter(word -> WORD.matcher(word).matches())
                .filter(word -> Set.of(page).equals(pagesByFirstFive.get(word.substring(0, 5))))
                .filter(word -> IntStream.range(3, word.length()).noneMatch(end ->
                        pagesByWord.getOrDefault(word.substring(0, end), Set.of(page)).stream().anyMatch(p -> !p.equals(page))))
                .findFirst()
                .ifPresent(word -> chosen.put(page, word)));
        return chosen;
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher matcher = ANY_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
