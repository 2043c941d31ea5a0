package measured.run.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to launch and under which limits: the command, its working directory, its whole environment,
 * how long it may run, whether a thread dump is taken before a timeout kill, how much output is kept, and the
 * sandbox it runs in.
 */
public record ProcessSpec(
        List<String> command,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        boolean threadDumpOnTimeout,
        int outputLimitChars,
        Sandbox sandbox) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** Without a sandbox: a process group of its own. */
    public ProcessSpec(List<String> command, Path workingDirectory, Map<String, String> environment, Duration timeout,
                       boolean threadDumpOnTimeout, int outputLimitChars) {
        this(command, workingDirectory, environment, timeout, threadDumpOnTimeout, outputLimitChars,
                Sandbox.none("not asked for"));
    }
}
