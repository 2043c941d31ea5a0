package measured.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscapeTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;", HtmlEscape.text("<b> & \"q\" 's'"));
    }

    @Test
    void makesControlCharactersVisible() {
        assertEquals("␛[31mred␛[0m\tok\u2421", HtmlEscape.text("\u001b[31mred\u001b[0m\tok\u007f"));
        assertEquals("\ufffd", HtmlEscape.text("\u0085"));
    }

    @Test
    void aCarriageReturnEndsALine() {
        assertEquals("a\nb\nc", HtmlEscape.text("a\r\nb\rc"));
    }
}
