package measured.asciidoc;

import measured.outcome.Expectation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The attributes an author wrote on a {@code sample::} macro or a {@code [source,jshell]} block, checked
 * against the closed set CONTRIBUTING.md documents. Every mistake becomes a message that says what to
 * write instead; nothing unknown is silently ignored.
 */
final class BlockAttributes {

    static final Set<String> COMMON = Set.of("expect", "timeout", "check", "require");
    static final Set<String> SAMPLE_ONLY = Set.of("args", "runs", "tag", "chart", "chart-title", "chart-columns", "chart-table");
    /** Set by Asciidoctor itself (block title, id, role, options, the source block's style and language). */
    private static final Set<String> ASCIIDOCTOR = Set.of("title", "id", "role", "options", "opts",
            "style", "language", "cloaked-context", "linenums", "indent");
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** Attributes the extensions themselves put on blocks (placeholder ids, block numbers). */
    private static final String OWN_PREFIX = "measured-";

    private final Map<String, Object> values;
    private final List<String> errors = new ArrayList<>();

    private BlockAttributes(Map<String, Object> values) {
        this.values = values;
    }

    /** Reads the attributes, recording an error for each one that is not allowed here. */
    static BlockAttributes read(Map<String, Object> attributes, boolean sample) {
        BlockAttributes read = new BlockAttributes(attributes);
        Set<String> allowed = new TreeSet<>(COMMON);
        if (sample) {
            allowed.addAll(SAMPLE_ONLY);
        }
        for (String name : attributes.keySet()) {
            boolean positional = name.chars().allMatch(Character::isDigit);
            if (positional && !sample) {
                continue; // [source,jshell] itself
            }
            if (positional) {
                read.errors.add("unexpected value '" + attributes.get(name) + "' without a name; write name=value, one of: "
                        + String.join(", ", allowed));
            } else if (!allowed.contains(name) && !ASCIIDOCTOR.contains(name) && !name.endsWith("-option")
                    && !name.startsWith(OWN_PREFIX)) {
                read.errors.add("unknown attribute '" + name + "'; the attributes are: " + String.join(", ", allowed)
                        + " (see CONTRIBUTING.md)");
            }
        }
        return read;
    }

    List<String> errors() {
        return errors;
    }

    Optional<String> text(String name) {
        Object value = values.get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    Expectation expect() {
        return text("expect").map(word -> Expectation.parse(word).orElseGet(() -> {
            errors.add("expect=" + word + " is not one of ok, fail, timeout");
            return Expectation.OK;
        })).orElse(Expectation.OK);
    }

    Duration timeout() {
        return Duration.ofSeconds(positiveInt("timeout", DEFAULT_TIMEOUT_SECONDS));
    }

    int runs() {
        return text("runs").isPresent() ? positiveInt("runs", 1) : 0;
    }

    List<String> args() {
        return text("args").map(a -> List.of(a.trim().split("\\s+"))).filter(a -> !a.getFirst().isEmpty()).orElse(List.of());
    }

    Optional<Pattern> check() {
        return text("check").flatMap(regex -> {
            try {
                return Optional.of(Pattern.compile(regex, Pattern.MULTILINE));
            } catch (PatternSyntaxException e) {
                errors.add("check=\"" + regex + "\" is not a valid Java regular expression: " + e.getDescription());
                return Optional.empty();
            }
        });
    }

    int positiveInt(String name, int fallback) {
        return text(name).map(value -> {
            try {
                int number = Integer.parseInt(value.trim());
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(name + "=" + value + " must be a whole number above 0");
            return fallback;
        }).orElse(fallback);
    }
}
