package measured.asciidoc;

import measured.plan.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems the rendering step finds in one bake's pages — references to the run that cannot be resolved,
 * prose that types a measured number by hand — collected while JBake converts them.
 */
public final class RenderProblems {

    private final List<Problem> problems = new ArrayList<>();

    synchronized void report(Problem problem) {
        problems.add(problem);
    }

    public synchronized List<Problem> all() {
        return List.copyOf(problems);
    }
}
