package measured.asciidoc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Uncoloured token spans go, coloured ones and everything outside code listings stay, the text is unchanged. */
class PlainTokenPostprocessorTest {

    private static final String LISTING = "<pre class=\"rouge highlight\"><code data-lang=\"java\">"
            + "<span class=\"kt\">var</span> <span class=\"n\">lock</span> <span class=\"o\">=</span> "
            + "<span class=\"k\">new</span> <span class=\"nc\">Object</span><span class=\"o\">();</span></code></pre>";

    @Test
    void uncolouredTokensLoseTheirSpansAndTheTextStaysTheSame() {
        String html = "<p>Before: <span class=\"o\">kept outside listings</span></p>\n" + LISTING + "\n<pre class=\"output\">x</pre>";
        String unwrapped = PlainTokenPostprocessor.unwrap(html);
        assertEquals("<p>Before: <span class=\"o\">kept outside listings</span></p>\n"
                + "<pre class=\"rouge highlight\"><code data-lang=\"java\">"
                + "<span class=\"kt\">var</span> lock = <span class=\"k\">new</span> <span class=\"nc\">Object</span>();"
                + "</code></pre>\n<pre class=\"output\">x</pre>", unwrapped);
        assertEquals(text(html), text(unwrapped));
    }

    @Test
    void everyListingOnAPageIsUnwrapped() {
        String unwrapped = PlainTokenPostprocessor.unwrap(LISTING + "<p>between</p>" + LISTING);
        assertFalse(unwrapped.contains("class=\"o\"") || unwrapped.contains("class=\"n\""), unwrapped);
    }

    /** If the stylesheet ever colours one of these classes, the spans must stay: this fails first. */
    @Test
    void theStylesheetColoursNoneOfTheUnwrappedClasses() throws IOException {
        String css = Files.readString(Path.of("assets/css/site.css"));
        for (String plain : PlainTokenPostprocessor.PLAIN) {
            assertFalse(css.matches("(?s).*\\.highlight \\." + plain + "\\b.*"), ".highlight ." + plain + " has a rule in site.css");
        }
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "");
    }
}
