package measured.run.process;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command isolated from the build: in a process group of its own, with exactly the given environment
 * and working directory, its merged output capped, killed with everything it started at its timeout (after a
 * thread dump when asked), and with no process of it left behind when {@link #run} returns.
 */
public final class IsolatedProcess {

    /** How long jcmd may take to attach and dump before the SIGQUIT fallback is tried. */
    private static final Duration JCMD_LIMIT = Duration.ofSeconds(10);
    /** How long the output may keep flowing once the process group is dead (a stray writer that left the group). */
    private static final Duration OUTPUT_END_WAIT = Duration.ofSeconds(2);

    private IsolatedProcess() {
    }

    /**
     * Runs the command to its end or its timeout. Throws when it cannot be started, and
     * {@link InterruptedIOException} (with the thread's interrupt status set again) when the calling thread is
     * interrupted: the process and its group are then killed.
     */
    public static ProcessRun run(ProcessSpec spec) throws IOException {
        try {
            return runToEnd(spec);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while running " + spec.command());
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    private static ProcessRun runToEnd(ProcessSpec spec) throws IOException, InterruptedException {
        CappedText output = new CappedText(spec.outputLimitChars());
        long started = System.nanoTime();
        try (GroupedProcess process = GroupedProcess.start(spec.command(), spec.workingDirectory(), spec.environment(),
                spec.sandbox(), false)) {
            OutputDrain drain = OutputDrain.start(process.output(), output, "output-of-" + process.pid());
            boolean exited = process.process().waitFor(spec.timeout().toNanos(), TimeUnit.NANOSECONDS);
            Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
            String threadDump = null;
            if (!exited) {
                if (spec.threadDumpOnTimeout()) {
                    threadDump = ThreadDump.of(process, output, JCMD_LIMIT);
                }
                process.killAll();
                process.process().waitFor();
            }
            // The command is gone; whatever it started and did not wait for still runs in its group.
            process.killAll();
            drain.awaitEnd(OUTPUT_END_WAIT);
            return new ProcessRun(output.text(), process.process().exitValue(), wallTime, !exited, threadDump,
                    output.droppedChars());
        }
    }
}
