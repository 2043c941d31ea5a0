package measured.run.jshell;

import java.time.Duration;

/**
 * What one {@code [source,jshell]} block produced: its output (what its snippets printed, JShell's feedback for
 * expressions, then the error if one stopped it), how many characters of printed output the cap dropped, how it
 * ended, the 1-based line within the block where it failed (0 if none), a one-line error message, the thread dump
 * taken before a timeout kill, and its wall time.
 */
public record BlockResult(
        String output,
        long droppedChars,
        Status status,
        int errorLine,
        String errorMessage,
        String threadDump,
        Duration wallTime) {

    /** How a block ended. */
    public enum Status {
        /** Every snippet ran. */
        OK,
        /** A snippet did not compile; the snippets after it did not run. */
        COMPILE_ERROR,
        /** A snippet threw; the snippets after it did not run. */
        EXCEPTION,
        /** The block ran past its timeout: a thread dump was taken and the session's JVM killed. */
        TIMED_OUT,
        /** The session's JVM is gone: System.exit, Runtime.halt or a crash here, or an earlier block ended it. */
        SESSION_ENDED
    }
}
