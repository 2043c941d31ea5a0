package measured.render;

/**
 * Escaping for HTML text and quoted attribute values (quotes are escaped too). Control characters, which HTML forbids and a terminal would
 * have acted on, become visible: C0 controls as their Unicode control pictures (ESC shows as ␛), C1
 * controls as �. Line feeds and tabs stay; a carriage return ends a line.
 */
public final class HtmlEscape {

    private HtmlEscape() {
    }

    public static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> {
                    if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> out.append(visible(c));
            }
        }
        return out.toString();
    }

    private static char visible(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7f) {
            return '\u2421';
        }
        if (c >= 0x80 && c < 0xa0) {
            return '\ufffd';
        }
        return c;
    }
}
