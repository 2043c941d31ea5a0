package measured.run.process;

import java.time.Duration;

/**
 * What one isolated run produced: stdout and stderr merged in the order printed (capped), the exit code,
 * the wall time, whether it was killed at its timeout (with the thread dump taken just before), and how
 * many characters of output were dropped by the cap.
 */
public record ProcessRun(
        String output,
        int exitCode,
        Duration wallTime,
        boolean timedOut,
        String threadDump,
        long droppedChars) {

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }
}
