package measured.run.jshell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Snippet;

/**
 * Where each snippet of a session came from (which block, which line), so that a stack frame of any snippet,
 * also of a method declared blocks earlier, points at a line the reader can see.
 */
final class SnippetPlaces {

    /** A snippet's block (1-based, in the order the session ran them) and its first line within that block. */
    record Place(int block, int line) {
    }

    private final Map<String, Place> places = new ConcurrentHashMap<>();

    void record(Snippet snippet, int block, int line) {
        places.put(snippet.id(), new Place(block, line));
    }

    /** The place of a line of a snippet named the way JShell names them in stack traces ({@code #id}). */
    Place of(String traceFileName, int snippetLine) {
        if (traceFileName == null || !traceFileName.startsWith("#")) {
            return null;
        }
        Place start = places.get(traceFileName.substring(1));
        if (start == null) {
            return null;
        }
        return new Place(start.block(), start.line() + Math.max(snippetLine, 1) - 1);
    }
}
