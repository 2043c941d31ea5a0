// The fix for the pipe deadlock: read everything the child writes, while it runs.
// Here the child fills both stdout and stderr, so we need two readers: this thread reads
// stdout, a virtual thread reads stderr. Only then do we wait for the exit code.
// (POSIX: the child is awk.)
import java.io.*;

void main() throws Exception {
    Process child = new ProcessBuilder("awk", """
            BEGIN { for (i = 0; i < 100000; i++) {
                print "out " i
                print "err " i > "/dev/stderr" } }
            """).start();

    var errLines = new long[1];
    Thread errReader = Thread.ofVirtual().start(() -> errLines[0] = count(child.getErrorStream()));
    long outLines = count(child.getInputStream());   // blocks until the child closes stdout
    errReader.join();
    int code = child.waitFor();                      // cannot hang now: both pipes were drained

    IO.println("stdout lines: " + outLines);
    IO.println("stderr lines: " + errLines[0]);
    IO.println("exit code: " + code);
}

long count(InputStream in) {
    try (var reader = new BufferedReader(new InputStreamReader(in))) {
        return reader.lines().count();
    } catch (IOException e) {
        throw new UncheckedIOException(e);
    }
}
