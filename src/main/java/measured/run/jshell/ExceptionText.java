package measured.run.jshell;

import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * An exception a snippet threw, written like the jshell tool writes it ({@code |  Exception
 * java.lang.IllegalStateException: boom} and its frames), with snippet frames pointing at lines of the page's
 * blocks instead of JShell's snippet numbers.
 */
final class ExceptionText {

    /** The text to show, the 1-based line within the block, and a one-line message. */
    record Rendered(String text, int line, String message) {
    }

    private ExceptionText() {
    }

    static Rendered of(JShellException exception, JShell shell, SnippetPlaces places, int block, int snippetLine) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            String message = unresolvedMessage(unresolved.getSnippet(), shell);
            return new Rendered("|  " + message + "\n", snippetLine, message);
        }
        EvalException thrown = (EvalException) exception;
        StringBuilder text = new StringBuilder();
        String message = headline(thrown);
        text.append("|  Exception ").append(message).append('\n');
        int line = appendFrames(text, thrown.getStackTrace(), null, places, block);
        StackTraceElement[] enclosing = thrown.getStackTrace();
        Throwable cause = thrown.getCause();
        while (cause instanceof EvalException causeThrown) {
            text.append("|  Caused by: ").append(headline(causeThrown)).append('\n');
            appendFrames(text, causeThrown.getStackTrace(), enclosing, places, block);
            enclosing = causeThrown.getStackTrace();
            cause = causeThrown.getCause();
        }
        return new Rendered(text.toString(), line > 0 ? line : snippetLine, message);
    }

    private static String headline(EvalException thrown) {
        String message = thrown.getMessage();
        return thrown.getExceptionClassName() + (message == null ? "" : ": " + message);
    }

    /** Appends the frames (those shared with the enclosing trace left out) and returns this block's first line. */
    private static int appendFrames(StringBuilder text, StackTraceElement[] frames, StackTraceElement[] enclosing,
            SnippetPlaces places, int block) {
        int shared = 0;
        if (enclosing != null) {
            while (shared < Math.min(frames.length, enclosing.length)
                    && frames[frames.length - 1 - shared].equals(enclosing[enclosing.length - 1 - shared])) {
                shared++;
            }
        }
        int firstLineHere = 0;
        for (int i = 0; i < frames.length - shared; i++) {
            StackTraceElement frame = frames[i];
            SnippetPlaces.Place place = places.of(frame.getFileName(), frame.getLineNumber());
            String where;
            if (place != null) {
                where = place.block() == block
                        ? "line " + place.line()
                        : "block " + place.block() + ", line " + place.line();
                if (place.block() == block && firstLineHere == 0) {
                    firstLineHere = place.line();
                }
            } else if (frame.isNativeMethod()) {
                where = "Native Method";
            } else if (frame.getFileName() == null) {
                where = "Unknown Source";
            } else {
                where = frame.getFileName() + (frame.getLineNumber() >= 0 ? ":" + frame.getLineNumber() : "");
            }
            text.append("|        at ").append(method(frame)).append('(').append(where).append(")\n");
        }
        return firstLineHere;
    }

    // As the jshell tool: simple class name and method; JShell already blanks its own wrapper names.
    private static String method(StackTraceElement frame) {
        StringBuilder name = new StringBuilder();
        String className = frame.getClassName();
        if (!className.isEmpty()) {
            name.append(className.substring(className.lastIndexOf('.') + 1)).append('.');
        }
        if (!frame.getMethodName().isEmpty()) {
            name.append(frame.getMethodName()).append(' ');
        }
        return name.toString();
    }

    private static String unresolvedMessage(DeclarationSnippet snippet, JShell shell) {
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        String what = switch (snippet) {
            case MethodSnippet method -> "call method " + method.name() + "(" + method.parameterTypes() + ")";
            case TypeDeclSnippet type -> "use class " + type.name();
            default -> "use " + snippet.name();
        };
        return "attempted to " + what + " which cannot be used until " + missing + " is declared";
    }
}
