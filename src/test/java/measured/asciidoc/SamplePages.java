package measured.asciidoc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back what a baked page shows for its samples. */
public final class SamplePages {

    private static final Pattern OUTPUT = Pattern.compile("<pre class=\"output[^\"]*\">(.*?)</pre>", Pattern.DOTALL);

    private SamplePages() {
    }

    /** The n-th (0-based) output block of a page, still HTML-escaped. */
    public static String output(String html, int index) {
        Matcher matcher = OUTPUT.matcher(html);
        for (int i = 0; i <= index; i++) {
            if (!matcher.find()) {
                throw new AssertionError("page has only " + i + " output block(s)");
            }
        }
        return matcher.group(1);
    }
}
