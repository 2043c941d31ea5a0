package measured.render;

import java.util.Locale;

import measured.run.process.ProcessRun;

/**
 * A program's output as a {@code <pre class="output">} block, escaped, with a closing note when the
 * runner's cap dropped characters ({@code … 1,234,567 characters cut}).
 */
public final class OutputHtml {

    private OutputHtml() {
    }

    public static String render(ProcessRun run) {
        return render(run.output(), run.droppedChars());
    }

    /** The output block; an empty output says so rather than showing an empty box. */
    public static String render(String output, long droppedChars) {
        return block("output", output, droppedChars);
    }

    /** A thread dump taken before a timeout kill, as {@code <pre class="output thread-dump">}. */
    public static String threadDump(String dump) {
        return block("output thread-dump", dump, 0);
    }

    private static String block(String cssClass, String text, long droppedChars) {
        // The final line break of a program's last println is not an empty line worth showing.
        String shown = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (shown.isEmpty() && droppedChars == 0) {
            return "<pre class=\"" + cssClass + " output-empty\"><span class=\"output-note\">(no output)</span></pre>";
        }
        StringBuilder html = new StringBuilder("<pre class=\"").append(cssClass).append("\">").append(HtmlEscape.text(shown));
        if (droppedChars > 0) {
            html.append(shown.isEmpty() ? "" : "\n").append("<span class=\"output-cut\">… ")
                    .append(String.format(Locale.ROOT, "%,d", droppedChars))
                    .append(droppedChars == 1 ? " character cut" : " characters cut").append("</span>");
        }
        return html.append("</pre>").toString();
    }
}
