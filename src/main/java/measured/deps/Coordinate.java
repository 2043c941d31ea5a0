package measured.deps;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One dependency as a sample declares it, {@code group:artifact:version[:classifier][@type]}, with an exact
 * version: a range, {@code LATEST}, {@code RELEASE} or a snapshot would make a page's result depend on the day
 * it was built, so they are refused.
 */
public record Coordinate(String group, String artifact, String version, Optional<String> classifier, Optional<String> type) {

    private static final Pattern GAV = Pattern.compile(
            "(?<group>[\\w.-]+):(?<artifact>[\\w.-]+):(?<version>[^:@\\s]+)(?::(?<classifier>[\\w.-]+))?(?:@(?<type>[\\w.-]+))?");
    private static final Pattern NOT_EXACT = Pattern.compile("[\\[\\](),+]|^LATEST$|^RELEASE$|-SNAPSHOT$");

    /** Reads one coordinate; a malformed or inexact one is a {@link DependencyException} that says what to write. */
    public static Coordinate parse(String text) {
        Matcher m = GAV.matcher(text);
        if (!m.matches()) {
            throw new DependencyException("'" + text + "' is not a Maven coordinate; write group:artifact:version,"
                    + " e.g. //DEPS org.openjdk.jmh:jmh-core:1.37");
        }
        String version = m.group("version");
        if (NOT_EXACT.matcher(version).find()) {
            throw new DependencyException("'" + text + "' does not name one version ('" + version + "'); give an"
                    + " exact release, e.g. " + m.group("group") + ":" + m.group("artifact") + ":1.2.3, so every build"
                    + " runs the same code");
        }
        return new Coordinate(m.group("group"), m.group("artifact"), version,
                Optional.ofNullable(m.group("classifier")), Optional.ofNullable(m.group("type")));
    }

    /** As Maven's resolver writes an artifact: {@code group:artifact[:type[:classifier]]:version}. */
    String resolverForm() {
        String extension = type.orElse("jar");
        return classifier.map(c -> group + ":" + artifact + ":" + extension + ":" + c + ":" + version)
                .orElse(group + ":" + artifact + ":" + extension + ":" + version);
    }

    @Override
    public String toString() {
        return group + ":" + artifact + ":" + version + classifier.map(c -> ":" + c).orElse("") + type.map(t -> "@" + t).orElse("");
    }
}
