package measured.run.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a process still runs, as the tests of "no process left behind" need to ask it. */
public final class ProcessChecks {

    private ProcessChecks() {
    }

    /** Waits up to two seconds for the process to disappear (a killed process may take a moment to be reaped). */
    static boolean goneSoon(long pid) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (!running(pid)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Waits up to two seconds until no live process's command line contains {@code text} ("sleep 4343"):
     * whether a process the test cannot know the pid of is gone.
     */
    public static boolean noneRunning(String text) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (ProcessHandle.allProcesses().noneMatch(p -> !zombie(p.pid())
                    && p.info().commandLine().map(c -> c.contains(text)).orElse(false))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    static boolean running(long pid) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive && !zombie(pid);
    }

    // A killed process whose parent has not reaped it yet is a zombie: dead, it just has not been collected.
    private static boolean zombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
