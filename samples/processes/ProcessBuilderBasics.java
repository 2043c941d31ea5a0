// ProcessBuilder's knobs: command line, working directory, environment, redirects,
// exit codes and waitFor with a timeout. The children are POSIX tools (sh, which runs
// basename, and sleep).
import java.nio.file.*;
import java.util.concurrent.TimeUnit;

void main() throws Exception {
    Path dir = Files.createTempDirectory("pb-demo");

    // One list element per argument: Java splits and expands nothing, so we ask sh to.
    var pb = new ProcessBuilder("sh", "-c", "echo \"$GREETING from $(basename \"$PWD\")\"; exit 3");
    pb.directory(dir.toFile());                           // the child's working directory
    pb.environment().put("GREETING", "hello");            // a copy of our environment, plus one
    pb.redirectErrorStream(true);                         // stderr joins stdout
    Process p = pb.start();
    String line = new String(p.getInputStream().readAllBytes()).strip();
    IO.println("child said: " + line.replace(dir.getFileName().toString(), "<temp dir>"));
    IO.println("exit code: " + p.waitFor());              // the status the child passed to exit

    // Redirect output to a file: the child writes it directly, no Java thread copies bytes.
    Path out = dir.resolve("out.txt");
    Process printer = new ProcessBuilder("sh", "-c", "printf 'a\\nb\\nc\\n'")
            .redirectOutput(out.toFile()).start();
    printer.waitFor();
    IO.println("lines in the redirected file: " + Files.readAllLines(out).size());

    // A command that does not exist fails in start(), not with an exit code.
    try {
        new ProcessBuilder("no-such-command-xyz").start();
    } catch (IOException e) {
        IO.println("start() failed: " + e.getClass().getSimpleName());
    }

    // waitFor with a timeout: give up after 200 ms, then destroy (SIGTERM on POSIX).
    Process slow = new ProcessBuilder("sleep", "30").start();
    boolean finished = slow.waitFor(200, TimeUnit.MILLISECONDS);
    IO.println("finished within 200 ms: " + finished);
    slow.destroy();
    IO.println("exit code after destroy: " + slow.waitFor()); // 128 + 15 (SIGTERM)
    Process stubborn = new ProcessBuilder("sleep", "30").start();
    stubborn.destroyForcibly();                           // SIGKILL: cannot be caught
    IO.println("exit code after destroyForcibly: " + stubborn.waitFor()); // 128 + 9

    Files.delete(out);
    Files.delete(dir);
}
