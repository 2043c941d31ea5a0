package measured.run.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A fresh, empty working directory for one run, deleted with everything in it when closed. */
public final class TempWorkDir implements AutoCloseable {

    private final Path path;

    private TempWorkDir(Path path) {
        this.path = path;
    }

    /** A new directory under the system's temporary directory. */
    public static TempWorkDir create() throws IOException {
        return new TempWorkDir(Files.createTempDirectory("measured-run-").toRealPath());
    }

    /** A new directory under the given folder (a sandboxed run gets a private /tmp, so its directory lies elsewhere). */
    public static TempWorkDir createIn(Path root) throws IOException {
        Files.createDirectories(root);
        return new TempWorkDir(Files.createTempDirectory(root, "measured-run-").toRealPath());
    }

    public Path path() {
        return path;
    }

    /** Deletes the directory and all it holds (symbolic links are removed, never followed). */
    @Override
    public void close() {
        try {
            deleteTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the run's working directory " + path, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // A sample may have made a directory read-only; its entries could then not be deleted.
                dir.toFile().setWritable(true, true);
                dir.toFile().setExecutable(true, true);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                if (failure instanceof AccessDeniedException && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    // An unreadable directory (chmod 000) cannot even be listed until its owner opens it again.
                    file.toFile().setReadable(true, true);
                    file.toFile().setWritable(true, true);
                    file.toFile().setExecutable(true, true);
                    deleteTree(file);
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
