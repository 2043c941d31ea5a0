package measured.run.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a command runs. On Linux, where the build may create namespaces, in a sandbox: a PID namespace of its own
 * (when it ends, or the build dies in any way, every process it started dies with it, {@code setsid} or not), the
 * given folders read-only (the site's sources, the build user's home), a private empty {@code /tmp}, and for a
 * sample a network namespace with loopback only. Elsewhere, today's isolation: a process group of its own,
 * killed at the end ({@link #none}).
 *
 * <p>The sandbox is util-linux's {@code unshare} behind {@code setpriv --pdeathsig KILL} (the kernel kills it
 * when the build JVM dies); inside, {@code /bin/sh} mounts what it must and runs the command as its child, so the
 * command is not the namespace's init (a sample printing its own pid sees an ordinary one).
 */
public final class Sandbox {

    private static final Path TMP = Path.of("/tmp");

    private final Optional<Path> unshare;
    private final Optional<Path> setpriv;
    private final List<Path> readOnly;
    private final List<Path> keptUnderTmp;
    private final Path workingRoot;
    private final boolean loopbackOnly;
    private final boolean asUser;
    private final String description;

    private Sandbox(Optional<Path> unshare, Optional<Path> setpriv, List<Path> readOnly, List<Path> keptUnderTmp,
                    Path workingRoot, boolean loopbackOnly, boolean asUser, String description) {
        this.unshare = unshare;
        this.setpriv = setpriv;
        this.readOnly = List.copyOf(readOnly);
        this.keptUnderTmp = List.copyOf(keptUnderTmp);
        this.workingRoot = workingRoot;
        this.loopbackOnly = loopbackOnly;
        this.asUser = asUser;
        this.description = description;
    }

    /** No sandbox: a process group of its own, as on macOS and Windows; {@code why} says why, for the bake's output. */
    public static Sandbox none(String why) {
        return new Sandbox(Optional.empty(), Optional.empty(), List.of(), List.of(), TMP, false, false,
                "no sandbox (" + why + "): samples run in process groups of their own, which are killed when they end");
    }

    /**
     * The sandbox for this machine, checked by running {@code true} in it once; {@link #none} with the reason when
     * it cannot be made here.
     *
     * @param readOnly    folders a run may read but never change
     * @param workingRoot where working directories are made: it must stay visible, so it must not lie under /tmp
     */
    public static Sandbox detect(List<Path> readOnly, Path workingRoot) {
        if (!System.getProperty("os.name").equals("Linux")) {
            return none("namespaces are a Linux feature; this is " + System.getProperty("os.name"));
        }
        Optional<Path> unshare = ExecutableLookup.find("unshare");
        Optional<Path> setpriv = ExecutableLookup.find("setpriv");
        if (unshare.isEmpty() || setpriv.isEmpty()) {
            return none("util-linux's unshare and setpriv are not on the PATH");
        }
        if (workingRoot.toAbsolutePath().startsWith(TMP)) {
            // A private /tmp is not optional: JVMs in different PID namespaces would share /tmp/hsperfdata_<user>/<pid>.
            return none("working directories must lie outside /tmp, and /var/tmp is not writable");
        }
        List<Path> existing = readOnly.stream().filter(Files::isDirectory).map(Path::toAbsolutePath).distinct()
                .filter(p -> !workingRoot.startsWith(p)).toList();
        List<Path> kept = new ArrayList<>(existing.stream().filter(p -> p.startsWith(TMP)).toList());
        if (RunningJdk.home().startsWith(TMP)) {
            kept.add(RunningJdk.home());
        }
        boolean loopbackOnly = ExecutableLookup.find("ip").isPresent();
        boolean asUser = !"root".equals(System.getProperty("user.name"));
        Sandbox sandbox = new Sandbox(unshare, setpriv, existing, kept, workingRoot, loopbackOnly, asUser, "");
        Optional<String> failure = sandbox.tryOnce();
        if (failure.isPresent()) {
            return none("the build may not create namespaces here: " + failure.get());
        }
        List<String> parts = new ArrayList<>();
        parts.add("samples run in a PID namespace of their own (nothing they start outlives them or the build)");
        if (!existing.isEmpty()) {
            parts.add(existing.stream().map(Path::toString).collect(Collectors.joining(", ")) + " read-only");
        }
        parts.add("a private /tmp");
        parts.add(loopbackOnly ? "samples reach only 127.0.0.1 (JShell sessions share the build's network)"
                : "the build's network (no 'ip' command to bring up a private loopback)");
        return new Sandbox(unshare, setpriv, existing, kept, workingRoot, loopbackOnly, asUser, String.join("; ", parts));
    }

    public boolean isolates() {
        return unshare.isPresent();
    }

    /** One sentence for the bake's output and samples-report.json. */
    public String describe() {
        return description;
    }

    /**
     * The command to launch so that {@code command} runs in the sandbox; the command itself when there is none.
     *
     * @param network whether the command may use the build's network (a JShell session's JVM connects back to it)
     */
    List<String> wrap(List<String> command, boolean network) {
        if (!isolates()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(setpriv.get().toString(), "--pdeathsig", "KILL",
                unshare.get().toString(), "--pid", "--fork", "--kill-child", "--mount", "--mount-proc"));
        if (asUser) {
            wrapped.addAll(List.of("--user", "--map-root-user"));
        }
        boolean privateNetwork = loopbackOnly && !network;
        if (privateNetwork) {
            wrapped.add("--net");
        }
        wrapped.addAll(List.of("/bin/sh", "-c", script(privateNetwork), "sandbox"));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * What the namespace's first process does before it runs the command as its child and ends with its exit
     * status: mount an empty /tmp — holding the old one aside for a moment to bring back what must stay visible
     * under it (sources or a JDK that live in /tmp) —, make the folders read-only, bring up loopback.
     */
    private String script(boolean privateNetwork) {
        StringBuilder script = new StringBuilder("set -e\n");
        // Every sandbox's shell is pid 1 of its namespace, so $$ is no name: mktemp makes one of its own.
        script.append("hold=$(mktemp -d -p ").append(quoted(workingRoot.toString())).append(" .tmp-XXXXXXXX)\n")
                .append("mount --bind /tmp \"$hold\"\n")
                .append("mount -t tmpfs -o mode=1777 tmpfs /tmp\n");
        for (Path folder : keptUnderTmp) {
            String quoted = quoted(folder.toString());
            script.append("mkdir -p ").append(quoted).append(" && mount --bind \"$hold\"/")
                    .append(quoted(TMP.relativize(folder).toString())).append(' ').append(quoted).append('\n');
        }
        script.append("umount \"$hold\" && rmdir \"$hold\"\n");
        for (Path folder : readOnly) {
            String quoted = quoted(folder.toString());
            script.append("mount --bind ").append(quoted).append(' ').append(quoted)
                    .append(" && mount -o remount,bind,ro ").append(quoted).append('\n');
        }
        if (privateNetwork) {
            script.append("ip link set lo up\n");
        }
        return script.append("\"$@\"\n").toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Runs {@code true} in the sandbox: what went wrong, or empty when it works. */
    private Optional<String> tryOnce() {
        try {
            Process probe = new ProcessBuilder(wrap(List.of("/bin/true"), false)).redirectErrorStream(true).start();
            probe.getOutputStream().close();
            String said = new String(probe.getInputStream().readAllBytes()).strip();
            if (!probe.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return Optional.of("a trial run did not end");
            }
            return probe.exitValue() == 0 ? Optional.empty()
                    : Optional.of(said.isEmpty() ? "exit code " + probe.exitValue() : said.lines().findFirst().orElse(said));
        } catch (java.io.IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
