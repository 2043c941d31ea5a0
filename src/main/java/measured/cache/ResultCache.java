package measured.cache;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Results on disk, one folder per key: {@code fields.properties} plus one file per text. An entry is
 * written to a temporary folder and moved into place in one step, so a reader never sees half an entry;
 * an entry that cannot be read is treated as absent.
 */
public final class ResultCache {

    private static final String FIELDS = "fields.properties";
    private static final String TEXT_SUFFIX = ".txt";

    private final Path root;

    public ResultCache(Path root) {
        this.root = root;
    }

    public Optional<CacheEntry> read(String key) {
        Path folder = root.resolve(key);
        Path fieldsFile = folder.resolve(FIELDS);
        if (!Files.isRegularFile(fieldsFile)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(fieldsFile, StandardCharsets.UTF_8);
             Stream<Path> files = Files.list(folder)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> fields = new HashMap<>();
            properties.stringPropertyNames().forEach(name -> fields.put(name, properties.getProperty(name)));
            Map<String, String> texts = new HashMap<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(TEXT_SUFFIX)).toList()) {
                String name = file.getFileName().toString();
                texts.put(name.substring(0, name.length() - TEXT_SUFFIX.length()), Files.readString(file));
            }
            return Optional.of(new CacheEntry(fields, texts));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void write(String key, CacheEntry entry) {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempDirectory(root, ".writing-");
            Properties properties = new Properties();
            properties.putAll(entry.fields());
            try (Writer writer = Files.newBufferedWriter(temporary.resolve(FIELDS), StandardCharsets.UTF_8)) {
                properties.store(writer, null);
            }
            for (Map.Entry<String, String> text : entry.texts().entrySet()) {
                Files.writeString(temporary.resolve(text.getKey() + TEXT_SUFFIX), text.getValue());
            }
            Path target = root.resolve(key);
            deleteTree(target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                deleteTree(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sample cache under " + root, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
