package measured.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's netlify.toml, parsed, with the headers Netlify would send for a path
 * (so a test server can send the same ones).
 */
public record NetlifyConfig(JsonNode root) {

    /** Reads netlify.toml from the project folder; a syntax error fails here. */
    public static NetlifyConfig read(Path projectDir) throws IOException {
        String text = Files.readString(projectDir.resolve("netlify.toml"));
        return new NetlifyConfig(new TomlMapper().readTree(text));
    }

    /** The project folder: the surefire property, else the working directory. */
    public static Path projectDir() {
        return Path.of(System.getProperty("site.project", ".")).toAbsolutePath().normalize();
    }

    public String build(String key) {
        return root.path("build").path(key).asText(null);
    }

    /**
     * The headers of every [[headers]] rule whose {@code for} matches the path, in file order;
     * a later rule's value replaces an earlier one's (netlify.toml avoids relying on that).
     */
    public Map<String, String> headersFor(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode rule : root.path("headers")) {
            if (matches(rule.path("for").asText(), path)) {
                rule.path("values").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            }
        }
        return headers;
    }

    /**
     * Netlify's path patterns as used here: literal text, with {@code *} matching anything; like
     * Netlify's own parser (@netlify/headers-parser), case does not matter.
     */
    static boolean matches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(path).matches();
    }
}
