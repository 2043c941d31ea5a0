package measured.build;

import measured.asciidoc.PageOutputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the site publishes besides pages: the sample sources (so every sample can be downloaded and run
 * from the site's own URL), each page's JShell session as a .jsh file, and {@code samples-report.json},
 * the machine-readable record of every run the pages show.
 */
final class SitePublication {

    static final String REPORT = "samples-report.json";

    private SitePublication() {
    }

    static void addSamplesAndReport(Path source, Path site, PageOutputs outputs) {
        Path samples = source.resolve("samples");
        try {
            if (Files.isDirectory(samples)) {
                try (Stream<Path> files = Files.walk(samples)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Path target = site.resolve("samples").resolve(samples.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            for (Map.Entry<String, String> file : outputs.files().entrySet()) {
                Path target = site.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            Files.writeString(site.resolve(REPORT), report(outputs.all()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish samples into " + site, e);
        }
    }

    static String report(List<PageOutputs.Shown> shown) {
        return shown.stream().map(s -> "  {\"page\": " + json(s.page())
                        + ", \"what\": " + json(s.what())
                        + ", \"jshell\": " + s.jshell()
                        + ", \"measurement\": " + s.measurement()
                        + ", \"preview\": " + s.preview()
                        + ", \"wallSeconds\": " + String.format(java.util.Locale.ROOT, "%.3f", s.wallTime().toNanos() / 1e9)
                        + ", \"measuredAt\": " + json(s.origin().measuredAt().toString())
                        + ", \"fromCache\": " + s.origin().fromCache()
                        + ", \"jdk\": " + json(s.origin().jdk())
                        + ", \"cores\": " + s.origin().cores()
                        + ", \"os\": " + json(s.origin().os() + " " + s.origin().arch())
                        + ", \"verified\": " + s.verified() + "}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
