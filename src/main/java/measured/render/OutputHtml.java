package measured.render;

import java.util.Locale;

import measured.outcome.Run;

/**
 * A run's output as a {@code <pre class="output">} block, escaped, with a closing note when the runner's cap
 * dropped characters ({@code … 1,234,567 characters cut}); a thread dump taken before a timeout kill as a
 * collapsed block after it.
 */
public final class OutputHtml {

    private OutputHtml() {
    }

    /** The output block, with extra classes (e.g. {@code jshell-output}); an empty output says so. */
    public static String render(Run run, String... extraClasses) {
        String cssClass = String.join(" ", prepend("output", extraClasses));
        StringBuilder html = new StringBuilder(block(cssClass, run.output(), run.droppedChars()));
        run.threadDump().ifPresent(dump -> html.append("\n<details class=\"thread-dump\"><summary>Thread dump taken before the run was stopped</summary>")
                .append(block("output thread-dump", dump, 0)).append("</details>"));
        return html.toString();
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
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
            html.append(shown.isEmpty() ? "" : "\n").append("<span class=\"output-cut\">")
                    .append(HtmlEscape.text(Run.truncationNote(droppedChars))).append("</span>");
        }
        return html.append("</pre>").toString();
    }
}
