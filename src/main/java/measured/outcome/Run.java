package measured.outcome;

import java.time.Duration;
import java.util.Optional;

/**
 * One run of a program or of a JShell block: what it printed (stdout and stderr in the order printed, cut at
 * the runner's cap), how many characters the cap dropped, how it ended, the details of a failure, its wall
 * time, the thread dump taken before a timeout kill, and how busy the rest of the machine was meanwhile.
 *
 * @param exitCode     the process's exit code (0 for a JShell block that did not end its session)
 * @param failure      a one-line account of a failure (an exception, why a session ended), or empty
 * @param failureLine  the 1-based line of a JShell block where it failed, 0 when unknown or not a block
 * @param otherLoad    the CPU time other processes used during the run, in cores; empty where unknown
 */
public record Run(
        String output,
        long droppedChars,
        Ending ending,
        int exitCode,
        Optional<String> failure,
        int failureLine,
        Duration wallTime,
        Optional<String> threadDump,
        Optional<Double> otherLoad) {

    /** A run that never started because the compiler rejected the program; the output is the compiler's. */
    public static Run didNotCompile(String compilerErrors) {
        return new Run(compilerErrors, 0, Ending.DID_NOT_COMPILE, 0, Optional.empty(), 0, Duration.ZERO,
                Optional.empty(), Optional.empty());
    }

    /** The note that says how much output the cap dropped, e.g. {@code … 1,234 characters cut}. */
    public static String truncationNote(long droppedChars) {
        return "… %,d %s cut".formatted(droppedChars, droppedChars == 1 ? "character" : "characters");
    }

    /** What a check searches: the output and, after a timeout kill, the thread dump. */
    public String searchableText() {
        return threadDump.map(dump -> output + "\n" + dump).orElse(output);
    }
}
