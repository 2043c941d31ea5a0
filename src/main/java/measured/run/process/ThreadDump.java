package measured.run.process;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A thread dump of a running JVM taken with the running JDK's {@code jcmd <pid> Thread.print}, which ends with
 * the JVM's own "Found one Java-level deadlock" report when threads are deadlocked.
 */
public final class ThreadDump {

    private static final int DUMP_LIMIT_CHARS = 1_000_000;
    /** How long a JVM gets to print its SIGQUIT dump. */
    private static final Duration SIGQUIT_DUMP_WAIT = Duration.ofMillis(700);

    private ThreadDump() {
    }

    /**
     * The dump via jcmd; if jcmd fails, the one the JVM prints on its stdout when sent SIGQUIT, moved out of the
     * output being read from it (with whatever else it printed meanwhile, such as the dump that a failed attach
     * itself triggers); null if neither worked.
     */
    public static String of(GroupedProcess jvm, CappedText jvmOutput, Duration jcmdLimit) throws InterruptedException {
        int before = jvmOutput.length();
        Optional<String> viaJcmd = take(jvm.commandPid(), jcmdLimit);
        if (viaJcmd.isPresent()) {
            return viaJcmd.get();
        }
        if (!jvm.requestThreadDump()) {
            return null;
        }
        Thread.sleep(SIGQUIT_DUMP_WAIT);
        String printed = jvmOutput.cutFrom(before);
        return printed.isEmpty() ? null : printed;
    }

    /** The dump, or empty when jcmd could not attach or did not finish within the limit. */
    public static Optional<String> take(long pid, Duration limit) throws InterruptedException {
        Process jcmd;
        try {
            jcmd = new ProcessBuilder(List.of(RunningJdk.jcmd().toString(), Long.toString(pid), "Thread.print"))
                    .redirectErrorStream(true)
                    .start();
            jcmd.getOutputStream().close();
        } catch (IOException e) {
            return Optional.empty();
        }
        CappedText text = new CappedText(DUMP_LIMIT_CHARS);
        OutputDrain drain = OutputDrain.start(jcmd.getInputStream(), text, "jcmd-" + pid);
        if (!jcmd.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            jcmd.destroyForcibly();
            return Optional.empty();
        }
        drain.awaitEnd(Duration.ofSeconds(2));
        if (jcmd.exitValue() != 0) {
            return Optional.empty();
        }
        return Optional.of(withoutPidLine(text.text(), pid));
    }

    // jcmd starts its answer with "<pid>:", which says nothing to a reader.
    private static String withoutPidLine(String dump, long pid) {
        String header = pid + ":";
        if (dump.startsWith(header)) {
            int lineEnd = dump.indexOf('\n');
            return lineEnd < 0 ? "" : dump.substring(lineEnd + 1);
        }
        return dump;
    }
}
