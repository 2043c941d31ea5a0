package measured.run.jshell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.Snippet;

/**
 * A rejected snippet's compile errors written like the jshell tool writes them (the message, the offending line,
 * a caret under the spot), with the block line of the first error.
 */
final class DiagnosticText {

    /** The text to show, the 1-based line within the block, and a one-line message. */
    record Rendered(String text, int line, String message) {
    }

    private DiagnosticText() {
    }

    static Rendered of(Snippet snippet, List<Diag> diagnostics, int snippetLine) {
        String source = snippet.source();
        List<Diag> errors = diagnostics.stream().filter(Diag::isError).toList();
        if (errors.isEmpty()) {
            return new Rendered("|  Error:\n|  JShell rejected this snippet\n", snippetLine, "JShell rejected this snippet");
        }
        StringBuilder text = new StringBuilder();
        for (Diag diag : errors) {
            text.append("|  Error:\n");
            messageLines(diag).forEach(line -> text.append("|  ").append(line).append('\n'));
            sourceAndCaret(source, diag).forEach(line -> text.append("|  ").append(line).append('\n'));
        }
        Diag first = errors.getFirst();
        int line = snippetLine + newlinesBefore(source, (int) first.getStartPosition());
        String message = String.join("; ", messageLines(first).stream()
                .map(part -> part.strip().replaceAll("\\s+", " "))
                .toList());
        return new Rendered(text.toString(), line, message);
    }

    // The "location:" line names JShell's wrapper class, which means nothing to a reader (the tool drops it too).
    private static List<String> messageLines(Diag diag) {
        List<String> lines = new ArrayList<>();
        for (String line : diag.getMessage(null).split("\\R")) {
            if (!line.strip().startsWith("location:")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> sourceAndCaret(String source, Diag diag) {
        int start = (int) diag.getStartPosition();
        int end = (int) diag.getEndPosition();
        if (start < 0 || end < 0 || start > source.length()) {
            start = 0;
            end = source.length();
        }
        int lineStart = source.lastIndexOf('\n', Math.max(start - 1, 0)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = source.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        StringBuilder caret = new StringBuilder(" ".repeat(start - lineStart)).append('^');
        boolean multiline = end > lineEnd;
        int last = (multiline ? lineEnd : end) - lineStart - 1;
        int first = start - lineStart;
        if (last > first) {
            caret.append("-".repeat(Math.max(0, last - first - 1)));
            caret.append(multiline ? "-..." : "^");
        }
        return List.of(source.substring(lineStart, lineEnd), caret.toString());
    }

    private static int newlinesBefore(String source, int position) {
        int count = 0;
        for (int i = 0; i < Math.min(Math.max(position, 0), source.length()); i++) {
            if (source.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
