package measured.run;

import measured.cache.CacheEntry;
import measured.outcome.Machine;
import measured.outcome.Outcome;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The verified results one machine recorded ({@code -Dsite.record=DIR}), as plain files a person can read and
 * diff: {@code machine.properties} describes the machine; each result is a folder named after its sample (or
 * page, for a JShell session) and key, holding {@code entry.properties} (what it is, its key, every number of its
 * runs, sorted) and one {@code .txt} file per output. A bake given the bundle ({@code -Dsite.results=DIR}) takes
 * a result from it instead of running the sample, when the sample's source and attributes are unchanged.
 */
public final class ResultsBundle {

    static final String MACHINE = "machine.properties";
    static final String ENTRY = "entry.properties";
    private static final String KEY = "bundle.key";
    private static final String WHAT = "bundle.what";

    private final Path folder;
    private final String name;
    private final Map<String, Path> entries;

    private ResultsBundle(Path folder, String name, Map<String, Path> entries) {
        this.folder = folder;
        this.name = name;
        this.entries = Map.copyOf(entries);
    }

    /** Reads a bundle's index; a folder that is not a bundle, or a damaged entry file, fails naming the file. */
    public static ResultsBundle read(Path folder) {
        Path machine = folder.resolve(MACHINE);
        if (!Files.isRegularFile(machine)) {
            throw new BundleException(folder + ": not a results bundle (it has no " + MACHINE + "); record one with"
                    + " ./mvnw package -Dsite.record=" + folder);
        }
        String name = properties(machine).getProperty("name", folder.getFileName().toString());
        Map<String, Path> entries = new HashMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path entry : children.filter(Files::isDirectory).sorted().toList()) {
                Path file = entry.resolve(ENTRY);
                String key = properties(file).getProperty(KEY);
                if (key == null || !key.matches("[0-9a-f]{64}")) {
                    throw new BundleException(file + ": no valid " + KEY + "; re-record the bundle with -Dsite.record");
                }
                entries.put(key, entry);
            }
        } catch (IOException e) {
            throw new BundleException(folder + ": could not be read (" + e.getMessage() + ")", e);
        }
        return new ResultsBundle(folder, name, entries);
    }

    public String name() {
        return name;
    }

    public Path folder() {
        return folder;
    }

    /** The outcomes recorded under this key, marked as coming from this bundle; empty when it has none. */
    Optional<List<Outcome>> outcomes(String key) {
        Path entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Path file = entry.resolve(ENTRY);
        try {
            Properties properties = properties(file);
            Map<String, String> fields = new HashMap<>();
            properties.stringPropertyNames().forEach(n -> fields.put(n, properties.getProperty(n)));
            Map<String, String> texts = new HashMap<>();
            try (Stream<Path> files = Files.list(entry)) {
                for (Path text : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                    String fileName = text.getFileName().toString();
                    texts.put(fileName.substring(0, fileName.length() - ".txt".length()), Files.readString(text));
                }
            }
            return Optional.of(OutcomeCodec.decode(new CacheEntry(fields, texts)).stream()
                    .map(o -> o.withOrigin(o.origin().inBundle(name))).toList());
        } catch (IOException | RuntimeException e) {
            throw new BundleException(file + ": a damaged entry (" + e.getMessage() + "); re-record the bundle with"
                    + " -Dsite.record, or delete the folder " + entry.getFileName(), e);
        }
    }

    /** One verified result to record: its key, what it is (a sample path, or a page for a JShell session). */
    public record Recorded(String key, String what, List<Outcome> outcomes) {
    }

    /** Writes a bundle, replacing what the folder held; entries sorted, no dates but the results' own. */
    public static void write(Path folder, String name, Machine machine, String jdk, String isolation, List<Recorded> results) {
        try {
            if (Files.isDirectory(folder) && !Files.exists(folder.resolve(MACHINE)) && !isEmpty(folder)) {
                throw new BundleException(folder + ": exists and is not a results bundle; record into a new folder");
            }
            deleteTree(folder);
            Files.createDirectories(folder);
            Map<String, String> description = new TreeMap<>();
            description.put("name", name);
            description.put("jdk", jdk);
            description.put("cores", Integer.toString(machine.cores()));
            description.put("physical-cores", Integer.toString(machine.physicalCores()));
            description.put("cpu", machine.cpu());
            description.put("cpu-quota", Double.toString(machine.cpuQuota()));
            description.put("os", machine.os());
            description.put("arch", machine.arch());
            description.put("isolation", isolation);
            description.put("runner-version", Runner.RUNNER_VERSION);
            writeSorted(folder.resolve(MACHINE), "The machine this results bundle was recorded on.", description);
            for (Recorded result : results) {
                Path entry = folder.resolve(result.what().replaceAll("[^A-Za-z0-9._-]", "-") + "@" + result.key().substring(0, 12));
                Files.createDirectories(entry);
                CacheEntry encoded = OutcomeCodec.encode(result.outcomes());
                Map<String, String> fields = new TreeMap<>(encoded.fields());
                fields.put(KEY, result.key());
                fields.put(WHAT, result.what());
                writeSorted(entry.resolve(ENTRY), "A recorded result of " + result.what() + ".", fields);
                for (Map.Entry<String, String> text : new TreeMap<>(encoded.texts()).entrySet()) {
                    Files.writeString(entry.resolve(text.getKey() + ".txt"), text.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the results bundle " + folder, e);
        }
    }

    /** Like {@link Properties#store} but sorted and without its date line, so two recordings diff cleanly. */
    private static void writeSorted(Path file, String comment, Map<String, String> values) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + comment + "\n");
            for (Map.Entry<String, String> value : values.entrySet()) {
                out.write(escape(value.getKey(), true) + "=" + escape(value.getValue(), false) + "\n");
            }
        }
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static Properties properties(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(file + ": cannot be read as properties (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
