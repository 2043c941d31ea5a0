package measured.run.jshell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Splits a block into snippets the way the jshell tool reads a script: line by line, a snippet ends as soon as
 * the lines so far are complete (so {@code 42} alone on a line is an expression, as in jshell); each snippet
 * keeps the line of the block it starts on.
 */
final class BlockSplitter {

    /** One snippet of a block: its source and the 1-based line of the block where it starts. */
    record Piece(String source, int line) {
    }

    private BlockSplitter() {
    }

    static List<Piece> split(String block, SourceCodeAnalysis analysis) {
        String text = block.replace("\r\n", "\n");
        List<Piece> pieces = new ArrayList<>();
        String pending = "";
        int pendingStart = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            pending += text.substring(lineStart, next);
            lineStart = next;
            while (!pending.isBlank()) {
                CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == Completeness.EMPTY) {
                    // Only comments so far: nothing to run.
                    pendingStart += pending.length();
                    pending = "";
                } else if (info.completeness().isComplete()) {
                    int lead = leadingWhitespace(pending);
                    pieces.add(new Piece(trimmed(info.source(), lead), lineOf(text, pendingStart + lead)));
                    int consumed = pending.length() - info.remaining().length();
                    pendingStart += consumed;
                    pending = info.remaining();
                } else {
                    break;
                }
            }
            if (pending.isBlank()) {
                pendingStart += pending.length();
                pending = "";
            }
        }
        if (!pending.isBlank()) {
            // Never completed (an unclosed brace): JShell will say what is wrong with it.
            int lead = leadingWhitespace(pending);
            pieces.add(new Piece(pending.substring(lead).stripTrailing(), lineOf(text, pendingStart + lead)));
        }
        return pieces;
    }

    // The analysis returns the snippet verbatim from where the pending text starts (plus a ';' it may add).
    private static String trimmed(String source, int lead) {
        return source.substring(Math.min(lead, leadingWhitespace(source))).stripTrailing();
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
