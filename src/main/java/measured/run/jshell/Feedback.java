package measured.run.jshell;

import java.util.Optional;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * The jshell tool's feedback for a snippet that has a value, in its concise form: expressions, variable reads
 * and assignments show {@code name ==> value}; declarations and statements show nothing.
 */
final class Feedback {

    private Feedback() {
    }

    static Optional<String> of(Snippet snippet, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND -> ((VarSnippet) snippet).name();
            case VAR_VALUE_SUBKIND, ASSIGNMENT_SUBKIND -> ((ExpressionSnippet) snippet).name();
            default -> null;
        };
        return Optional.ofNullable(name).map(variable -> variable + " ==> " + value);
    }
}
