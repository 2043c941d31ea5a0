package measured.outcome;

/** How one run of a program, or of a JShell block, ended. */
public enum Ending {
    /** It ran to its end: exit code 0, or every snippet of the block ran. */
    COMPLETED,
    /** It failed while running: a non-zero exit code, an exception, or a JShell session that ended. */
    FAILED,
    /** It was still running at its timeout and was killed (after a thread dump, when one was asked for). */
    TIMED_OUT,
    /** It never ran: the compiler rejected it. */
    DID_NOT_COMPILE
}
