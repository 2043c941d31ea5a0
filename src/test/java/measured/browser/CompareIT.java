package measured.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Compare with your machine": pasting the output of one's own run of a measurement sample shows one's
 * numbers beside the page's, with their ratio, computed in the browser.
 */
@ExtendWith(BrowserSuite.class)
class CompareIT {

    private static final Pattern REPORTED = Pattern.compile("(?m)^([^:|\\n]+:\\s*)(\\d+(?:\\.\\d+)?)");

    @Test
    void pastedOutputIsComparedWithThePagesRun(SiteSession session) {
        ChromeDriver driver = session.browser().driver();
        String page = pageWithCompare(session);
        assertFalse(page == null, "no page has a measurement sample yet");
        WebElement button = driver.findElement(By.cssSelector("button.compare-button"));
        assertEquals("Compare with your machine", button.getAccessibleName());
        WebElement sample = button.findElement(By.xpath("ancestor::div[contains(@class,'openblock')]"));
        String shown = sample.findElement(By.cssSelector("pre.output")).getText();

        button.click();
        WebElement dialog = sample.findElement(By.cssSelector("dialog.compare-dialog"));
        assertTrue(dialog.isDisplayed(), "the dialog opens");
        // "Your" run: the page's own output with every reported number doubled.
        dialog.findElement(By.tagName("textarea")).sendKeys(doubled(shown));
        dialog.findElement(By.cssSelector("button.compare-run")).click();
        List<WebElement> ratios = dialog.findElements(By.cssSelector(".compare-result td:last-child"));
        assertFalse(ratios.isEmpty(), "the result lists the numbers both runs report: "
                + dialog.findElement(By.cssSelector(".compare-result")).getText());
        assertTrue(ratios.stream().anyMatch(r -> r.getText().equals("2.00×")),
                "doubled numbers show as 2.00×: " + ratios.stream().map(WebElement::getText).toList());

        dialog.findElement(By.cssSelector("button.compare-close")).click();
        assertFalse(dialog.isDisplayed(), "Close closes it");
    }

    private static String pageWithCompare(SiteSession session) {
        for (String page : session.site().pagesContaining("class=\"openblock sample\"")) {
            session.open(page);
            if (!session.browser().driver().findElements(By.cssSelector("button.compare-button")).isEmpty()) {
                return page;
            }
        }
        return null;
    }

    private static String doubled(String output) {
        Matcher matcher = REPORTED.matcher(output);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            double value = Double.parseDouble(matcher.group(2)) * 2;
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + value));
        }
        return matcher.appendTail(result).toString();
    }
}
