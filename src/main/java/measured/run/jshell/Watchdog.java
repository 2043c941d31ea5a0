package measured.run.jshell;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import measured.run.process.CappedText;
import measured.run.process.GroupedProcess;
import measured.run.process.ThreadDump;

/**
 * Stops a session's JVM when a block runs past its timeout: takes a thread dump first (jcmd, or SIGQUIT into the
 * block's output), then kills the JVM's process group, which makes JShell's pending evaluation return.
 */
final class Watchdog implements AutoCloseable {

    private static final Duration JCMD_LIMIT = Duration.ofSeconds(10);

    private final GroupedProcess jvm;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "jshell-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    Watchdog(GroupedProcess jvm) {
        this.jvm = jvm;
    }

    Armed arm(Duration timeout, CappedText blockOutput) {
        Armed armed = new Armed(blockOutput);
        armed.future = timer.schedule(armed::fire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return armed;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One block's timer: whichever comes first, the block's end or the timeout, settles it. */
    final class Armed {

        private final CappedText blockOutput;
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile boolean fired;
        private volatile String threadDump;
        private ScheduledFuture<?> future;

        private Armed(CappedText blockOutput) {
            this.blockOutput = blockOutput;
        }

        private void fire() {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            fired = true;
            try {
                threadDump = ThreadDump.of(jvm, blockOutput, JCMD_LIMIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                jvm.killAll();
            }
        }

        /** Whether the timeout has fired (the JVM is being, or has been, killed). */
        boolean fired() {
            return fired;
        }

        /** Ends the timer at the block's end; true if the timeout won, once its dump and kill are done. */
        boolean disarm() {
            if (settled.compareAndSet(false, true)) {
                future.cancel(false);
                return false;
            }
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // The kill ran in a finally block; a failed dump just leaves none.
            }
            return true;
        }

        String threadDump() {
            return threadDump;
        }
    }
}
