package measured.run.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to launch and under which limits: the command, its working directory, its whole environment,
 * how long it may run, whether a thread dump is taken before a timeout kill, and how much output is kept.
 */
public record ProcessSpec(
        List<String> command,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        boolean threadDumpOnTimeout,
        int outputLimitChars) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
