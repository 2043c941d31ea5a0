package measured.build;

import java.util.List;

/**
 * A problem in the site's sources that the author must fix: one line per problem, each starting with
 * {@code content/<page>.adoc:<line>:} where a page is to blame. Printed without a stack trace.
 */
public final class SiteBuildException extends RuntimeException {

    private final List<String> problems;

    public SiteBuildException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public SiteBuildException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
