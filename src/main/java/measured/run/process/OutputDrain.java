package measured.run.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a process's output to its end on a daemon thread, decoding UTF-8 into a writer (usually a
 * {@link CappedText}), so that the process never blocks on a full pipe even after the cap is reached.
 */
public final class OutputDrain {

    private final Thread reader;

    private OutputDrain(Thread reader) {
        this.reader = reader;
    }

    public static OutputDrain start(InputStream output, Writer target, String threadName) {
        Thread reader = new Thread(() -> copy(output, target), threadName);
        // Daemon: a reader stuck on a pipe held open by some stray process must never keep the build alive.
        reader.setDaemon(true);
        reader.start();
        return new OutputDrain(reader);
    }

    /** Waits until the output has ended (every writer of the pipe has closed it); false if the limit passed first. */
    public boolean awaitEnd(Duration limit) throws InterruptedException {
        return reader.join(limit);
    }

    private static void copy(InputStream output, Writer target) {
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(output, StandardCharsets.UTF_8)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                target.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // The stream was closed under us (the process was killed): what was read is all there is.
        }
    }
}
