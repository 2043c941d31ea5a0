package measured.run.jshell;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Names snippets like the jshell tool: startup snippets s1, s2…, accepted snippets 1, 2…, rejected ones e1, e2…,
 * so that the first expression of a page is {@code $1} whatever the session ran to start.
 */
final class SnippetIds {

    private JShell shell;
    private boolean startup = true;
    private int startupCount;
    private int userCount;
    private int errorCount;

    void attach(JShell shell) {
        this.shell = shell;
    }

    void startupDone() {
        startup = false;
    }

    String idFor(Snippet snippet, Integer index) {
        if (startup) {
            return "s" + ++startupCount;
        }
        if (shell == null || shell.status(snippet).isActive()) {
            return Integer.toString(++userCount);
        }
        return "e" + ++errorCount;
    }

    /** The temporary variable of the next expression: named after the id it is about to get. */
    String nextTemporaryName() {
        return "$" + (userCount + 1);
    }
}
