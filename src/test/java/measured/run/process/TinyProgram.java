package measured.run.process;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A one-class Java program written and compiled by a test, then run isolated with the running JDK's java. */
record TinyProgram(Path classes, String className) {

    /** Compiles {@code source} (a class named {@code className}) into a fresh directory under {@code parent}. */
    static TinyProgram compile(Path parent, String className, String source) throws IOException {
        Path sources = Files.createDirectories(parent.resolve("src"));
        Path classes = Files.createDirectories(parent.resolve("classes"));
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean ok = compiler.getTask(messages, null, null, List.of("-d", classes.toString()), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        if (!ok) {
            throw new IllegalStateException("test program did not compile:\n" + messages);
        }
        return new TinyProgram(classes, className);
    }

    List<String> command(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(RunningJdk.java().toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classes.toString(), className));
        return command;
    }

    /** Runs the program in a fresh temporary working directory with the minimal environment. */
    ProcessRun run(Duration timeout, boolean threadDump, int outputLimit, String... jvmOptions)
            throws IOException, InterruptedException {
        try (TempWorkDir dir = TempWorkDir.create()) {
            return IsolatedProcess.run(new ProcessSpec(command(jvmOptions), dir.path(),
                    MinimalEnvironment.forWorkingDirectory(dir.path()), timeout, threadDump, outputLimit));
        }
    }

    ProcessRun run() throws IOException, InterruptedException {
        return run(Duration.ofSeconds(30), false, 100_000);
    }
}
