package measured.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's source folders (recursively, including folders created later) and reports a batch of
 * changes once saving has settled, so one editor save triggers one bake.
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * Editors write a file in several steps (a temporary file, a rename, a touch), milliseconds apart; changes
     * closer together than this are one save. Every millisecond here is a millisecond before the page reloads.
     */
    private static final long SETTLE_MILLIS = 40;

    private final WatchService service;

    SourceWatcher(List<Path> roots) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots.stream().filter(Files::isDirectory).toList()) {
                registerTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not watch the site's sources", e);
        }
    }

    /** Blocks until something changes, then returns every path that changed while saving settled. */
    List<Path> awaitChanges() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = service.take();
        do {
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name) {
                    Path path = folder.resolve(name);
                    changed.add(path);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                        registerTree(path);
                    }
                }
            }
            key.reset();
            key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        } while (key != null);
        return new ArrayList<>(changed);
    }

    private void registerTree(Path root) {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not watch " + root, e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing at shutdown: nothing left to watch.
        }
    }
}
