package measured.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The response headers the published site gets, read from the site's netlify.toml ({@code [[headers]]} rules,
 * {@code for} patterns with {@code *} splats), so that serve mode sends what production sends and a writer sees
 * in the browser's console what the Content-Security-Policy will block.
 */
final class ProductionHeaders {

    private record Rule(Pattern path, Map<String, String> values) {
    }

    private final List<Rule> rules;

    private ProductionHeaders(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No rules: a plain static server. */
    static ProductionHeaders none() {
        return new ProductionHeaders(List.of());
    }

    /** The rules of {@code netlify.toml} in the folder; none when there is no such file. */
    static ProductionHeaders of(Path siteRoot) {
        Path file = siteRoot.resolve("netlify.toml");
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            JsonNode root = new TomlMapper().readTree(Files.readString(file));
            List<Rule> rules = new java.util.ArrayList<>();
            for (JsonNode rule : root.path("headers")) {
                Map<String, String> values = new LinkedHashMap<>();
                rule.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
                rules.add(new Rule(glob(rule.path("for").asText("/*")), values));
            }
            return new ProductionHeaders(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Every rule's headers whose pattern matches the path, in file order (a later value replaces an earlier). */
    Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        rules.stream().filter(r -> r.path().matcher(path).matches()).forEach(r -> headers.putAll(r.values()));
        return headers;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
