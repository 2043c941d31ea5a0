package measured.run.process;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupSignalTest {

    @TempDir
    Path dir;

    private GroupedProcess shellWithChild() throws Exception {
        // The shell waits for a background sleep: two processes in the group.
        return GroupedProcess.start(List.of("/bin/sh", "-c", "sleep 30 & echo $!; wait"), dir,
                MinimalEnvironment.forWorkingDirectory(dir));
    }

    private static long firstLine(GroupedProcess process) throws Exception {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = process.output().read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return Long.parseLong(line.toString().strip());
    }

    @Test
    void theKillCommandKillsTheWholeGroup() throws Exception {
        assumeTrue(KillCommand.available(), "no kill command on PATH");
        try (GroupedProcess shell = shellWithChild()) {
            assumeTrue(shell.ownGroup(), "no setsid: the process has no group of its own");
            long sleep = firstLine(shell);

            assertTrue(KillCommand.send(Signals.SIGKILL, "-" + shell.pid()));
            assertTrue(ProcessChecks.goneSoon(sleep));
            shell.process().waitFor();
            // Killed processes are members of the group until reaped (the orphaned sleep by init): allow a moment.
            boolean empty = false;
            for (int i = 0; i < 40 && !empty; i++) {
                empty = !KillCommand.send(Signals.SIGKILL, "-" + shell.pid());
                Thread.sleep(50);
            }
            assertTrue(empty, "an empty group reports no process");
        }
    }

    @Test
    void libcKillKillsTheWholeGroupWhenNativeAccessIsGranted() throws Exception {
        var libc = LibcKill.ifPermitted();
        assumeTrue(libc.isPresent(), "run with --enable-native-access=ALL-UNNAMED (the build does)");
        try (GroupedProcess shell = shellWithChild()) {
            assumeTrue(shell.ownGroup(), "no setsid: the process has no group of its own");
            long sleep = firstLine(shell);

            assertTrue(libc.get().send(-shell.pid(), Signals.SIGKILL));
            assertTrue(ProcessChecks.goneSoon(sleep));
            assertTrue(ProcessChecks.goneSoon(shell.pid()));
        }
    }
}
