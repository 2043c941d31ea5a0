package measured.run.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A process started as the leader of a session and process group of its own ({@code setsid}), so that it and
 * every process it starts, orphans included, can be killed together; stdout and stderr arrive merged. In a
 * {@link Sandbox} the process the JDK knows is the sandbox's; {@link #commandPid()} finds the command inside.
 */
public final class GroupedProcess implements AutoCloseable {

    private static final Optional<Path> SETSID = ExecutableLookup.find("setsid");
    /** How long a sandboxed command may take to appear inside its sandbox before we give up looking. */
    private static final long FIND_COMMAND_MILLIS = 2_000;

    private final Process process;
    private final boolean ownGroup;
    private final Optional<String> sandboxedExecutable;

    private GroupedProcess(Process process, boolean ownGroup, Optional<String> sandboxedExecutable) {
        this.process = process;
        this.ownGroup = ownGroup;
        this.sandboxedExecutable = sandboxedExecutable;
    }

    /** Starts the command without a sandbox; see {@link #start(List, Path, Map, Sandbox, boolean)}. */
    public static GroupedProcess start(List<String> command, Path workingDirectory, Map<String, String> environment)
            throws IOException {
        return start(command, workingDirectory, environment, Sandbox.none("not asked for"), true);
    }

    /**
     * Starts the command in the directory with exactly the given environment, in the sandbox. Its stdin is closed
     * at once (a sample that reads it sees end of input instead of hanging); read its merged output from
     * {@link #output()}.
     *
     * @param network whether the command may use the build's network (else, in a sandbox, only its own loopback)
     */
    public static GroupedProcess start(List<String> command, Path workingDirectory, Map<String, String> environment,
                                       Sandbox sandbox, boolean network) throws IOException {
        boolean ownGroup = SETSID.isPresent() && Signals.available();
        List<String> launched = new ArrayList<>();
        if (ownGroup) {
            // The JDK's child is never a group leader, so setsid execs in place: the pid we get is the command's.
            launched.add(SETSID.get().toString());
        }
        launched.addAll(sandbox.wrap(command, network));
        ProcessBuilder builder = new ProcessBuilder(launched)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        GroupedProcess grouped = new GroupedProcess(process, ownGroup,
                sandbox.isolates() ? Optional.of(command.getFirst()) : Optional.empty());
        LiveGroups.add(grouped);
        process.getOutputStream().close();
        return grouped;
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Stdout and stderr merged in the order they were written. */
    public InputStream output() {
        return process.getInputStream();
    }

    /** Whether the process leads a group of its own (false where setsid is missing: then only its tree is killed). */
    public boolean ownGroup() {
        return ownGroup;
    }

    /**
     * The pid of the command itself: the process's own, or in a sandbox the descendant that runs the command's
     * executable (the sandbox's shell starts it as its child); the process's own when it cannot be found.
     */
    public long commandPid() {
        if (sandboxedExecutable.isEmpty()) {
            return pid();
        }
        long deadline = System.currentTimeMillis() + FIND_COMMAND_MILLIS;
        do {
            Optional<ProcessHandle> inside = process.toHandle().descendants()
                    .filter(p -> p.info().command().map(sandboxedExecutable.get()::equals).orElse(false))
                    .findFirst();
            if (inside.isPresent()) {
                return inside.get().pid();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.currentTimeMillis() < deadline && process.isAlive());
        return pid();
    }

    /** Asks a JVM for a thread dump on its stdout (SIGQUIT): the fallback when jcmd cannot attach. */
    public boolean requestThreadDump() {
        return Signals.toProcess(commandPid(), Signals.SIGQUIT);
    }

    /**
     * Kills the process and everything it started: the whole process group, which still holds children that were
     * re-parented when their parent exited; without a group of its own, the descendants that can still be found.
     */
    public void killAll() {
        if (ownGroup) {
            Signals.toGroup(pid(), Signals.SIGKILL);
        }
        if (!ownGroup || process.isAlive()) {
            // Through the JDK as well: the only way without setsid, and it catches a child that left the group.
            // Scanning descendants costs milliseconds, so a process that exited and lost its group skips it.
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Kills what is left and forgets the process (the shutdown hook no longer needs to). */
    @Override
    public void close() {
        killAll();
        LiveGroups.remove(this);
    }
}
