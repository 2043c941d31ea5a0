package measured.prose;

import java.util.regex.Pattern;

/**
 * A piece of prose as the lint reads it: the AsciiDoc source of a paragraph, list item or table cell without
 * what is not prose — inline code and literals, passthroughs, links and cross references, references to the
 * run ({@code value:}, {@code bound:}), attribute references, and text marked as a given ({@code [.given]#…#}).
 */
final class ProseText {

    private static final Pattern[] NOT_PROSE = {
            Pattern.compile("\\[\\.given]#[^#]*#"),
            Pattern.compile("(?:value|bound):[^\\s\\[]+\\[[^]]*]"),
            Pattern.compile("`[^`]*`"),
            Pattern.compile("\\+\\+\\+.*?\\+\\+\\+"),
            Pattern.compile("\\+\\+.*?\\+\\+"),
            Pattern.compile("(?<![\\w+])\\+[^+\\s][^+]*?\\+(?![\\w+])"),
            Pattern.compile("pass:[a-z,]*\\[[^]]*]"),
            Pattern.compile("(?:xref|link|image|kbd|footnote|mailto):[^\\s\\[]*\\[[^]]*]"),
            Pattern.compile("<<[^>]*>>"),
            Pattern.compile("https?://\\S+"),
            Pattern.compile("\\{[\\w-]+}"),
    };

    private ProseText() {
    }

    static String of(String source) {
        String text = source;
        for (Pattern pattern : NOT_PROSE) {
            text = pattern.matcher(text).replaceAll(" ");
        }
        return text;
    }
}
