package measured.asciidoc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems pages report during a build, each already prefixed with {@code content/<page>.adoc:<line>:}.
 * A page's problems can be reported twice (planning, then baking) but are listed once.
 */
public final class PageProblems {

    private final Set<String> problems = new LinkedHashSet<>();

    public synchronized void report(String where, String message) {
        problems.add(where + ": " + message);
    }

    public synchronized List<String> all() {
        return new ArrayList<>(problems);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }
}
