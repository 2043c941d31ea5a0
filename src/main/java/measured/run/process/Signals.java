package measured.run.process;

import java.util.Optional;

/**
 * Sends POSIX signals to a process or a whole process group (the JDK can only signal single processes it knows,
 * and a group is what catches the orphans a sample leaves behind): through libc when this code may call native
 * functions, which costs microseconds, else through the system's {@code kill} command, which costs a fork.
 */
final class Signals {

    static final int SIGQUIT = 3;
    static final int SIGKILL = 9;

    private static final Optional<LibcKill> LIBC = LibcKill.ifPermitted();

    private Signals() {
    }

    static boolean available() {
        return LIBC.isPresent() || KillCommand.available();
    }

    /** Signals every process of the group; false when the group has no process left. */
    static boolean toGroup(long processGroupId, int signal) {
        return LIBC.map(libc -> libc.send(-processGroupId, signal))
                .orElseGet(() -> KillCommand.send(signal, "-" + processGroupId));
    }

    static boolean toProcess(long pid, int signal) {
        return LIBC.map(libc -> libc.send(pid, signal))
                .orElseGet(() -> KillCommand.send(signal, Long.toString(pid)));
    }
}
