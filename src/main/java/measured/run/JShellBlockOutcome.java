package measured.run;

import java.time.Duration;

/**
 * How one JShell block ended: what it printed (with JShell's feedback and diagnostics), its status, the
 * line within the block an error points at (0 if none), the error's message, the thread dump taken
 * before a timeout kill, and its wall time.
 */
public record JShellBlockOutcome(String output, Status status, int errorLine, String errorMessage, String threadDump,
                                 Duration wallTime) {

    /** The ways a block can end. */
    public enum Status { OK, COMPILE_ERROR, EXCEPTION, TIMED_OUT, SESSION_ENDED, NOT_RUN }

    /** Whether the block ended as {@code expect} says. */
    public boolean meets(Expectation expect) {
        return switch (expect) {
            case OK -> status == Status.OK;
            case FAIL -> status == Status.COMPILE_ERROR || status == Status.EXCEPTION || status == Status.SESSION_ENDED;
            case TIMEOUT -> status == Status.TIMED_OUT;
        };
    }
}
