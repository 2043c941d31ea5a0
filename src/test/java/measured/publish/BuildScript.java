package measured.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs scripts/netlify-build.sh, or one of its functions, in bash with a chosen environment. */
final class BuildScript {

    /** What a run printed and how it ended. */
    record Run(int exit, String out, String err) {
        String outLine() {
            return out.strip();
        }
    }

    private final Path script;

    BuildScript(Path projectDir) {
        this.script = projectDir.resolve("scripts/netlify-build.sh");
    }

    Path path() {
        return script;
    }

    /** Sources the script and runs one shell command with its functions defined. */
    Run call(Map<String, String> env, String command) throws IOException, InterruptedException {
        // $0 must not be the script's path, or the script takes itself for executed and runs main.
        return run(env, List.of("bash", "-c", "source \"$1\" && " + command, "netlify-build-test", script.toString()));
    }

    /** Runs the script as Netlify does. */
    Run main(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        return run(env, command);
    }

    // The environment is only what the test gives (plus HOME): no JAVA_HOME or CONTEXT
    // of the machine running the tests leaks in.
    private static Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("netlify-build", ".out");
        Path err = Files.createTempFile("netlify-build", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("the build script did not finish in 120 s: " + command);
            }
            return new Run(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
