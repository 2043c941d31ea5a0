package measured.run.jshell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import measured.run.process.MinimalEnvironment;
import measured.run.process.Sandbox;

/**
 * How a JShell session's JVM is started: its working directory (owned by the caller), its whole environment,
 * extra JVM options such as {@code --enable-preview}, how many characters of output a block keeps, and the
 * sandbox it runs in (with the build's network: the JVM connects back to JShell over loopback).
 */
public record JShellOptions(
        Path workingDirectory,
        Map<String, String> environment,
        List<String> jvmOptions,
        int outputLimitChars,
        Sandbox sandbox) {

    public static final int DEFAULT_OUTPUT_LIMIT_CHARS = 100_000;

    public JShellOptions {
        environment = Map.copyOf(environment);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The minimal environment in that directory, no extra JVM options, the default output limit. */
    public static JShellOptions in(Path workingDirectory) {
        return new JShellOptions(workingDirectory, MinimalEnvironment.forWorkingDirectory(workingDirectory),
                List.of(), DEFAULT_OUTPUT_LIMIT_CHARS, Sandbox.none("not asked for"));
    }

    public JShellOptions withJvmOptions(String... options) {
        return new JShellOptions(workingDirectory, environment, List.of(options), outputLimitChars, sandbox);
    }

    public JShellOptions withOutputLimit(int chars) {
        return new JShellOptions(workingDirectory, environment, jvmOptions, chars, sandbox);
    }

    public JShellOptions in(Sandbox newSandbox) {
        return new JShellOptions(workingDirectory, environment, jvmOptions, outputLimitChars, newSandbox);
    }

    /** Whether preview features are on: the compiler then needs them too, not only the JVM. */
    public boolean preview() {
        return jvmOptions.contains("--enable-preview");
    }
}
