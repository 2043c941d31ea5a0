package measured.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fails the Maven build after a bake that found problems, in Maven's own JVM ({@code exec:java}), so that the
 * last lines a writer sees are the problems and what to do — not the exec plugin's stack trace and Maven's help
 * text, which a failed plugin execution would print after them. The bake, in a JVM of its own, leaves its
 * problems in a file for this step; a clean bake leaves none.
 */
public final class BakeVerdict {

    static final String WHAT_TO_DO = "The site was not published: fix the problems above and build again.";

    private BakeVerdict() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BakeVerdict PROBLEMS-FILE");
        }
        Path file = Path.of(args[0]);
        if (!Files.exists(file)) {
            return;
        }
        try {
            Files.readAllLines(file).forEach(System.err::println);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bake's problems from " + file, e);
        }
        System.err.println(WHAT_TO_DO);
        System.err.flush();
        // Ends Maven here, on purpose: nothing may be printed after the problems (run with -e for Maven's trace).
        System.exit(1);
    }

    static void record(Path file, List<String> problems) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the bake's problems to " + file, e);
        }
    }

    static void clear(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the problems of an earlier bake, " + file, e);
        }
    }
}
