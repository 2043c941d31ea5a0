package measured.deps;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sample's declarations resolved to: the jars to compile and run it with (its dependencies and theirs,
 * in the resolver's order), the exact artifacts, which belong in its result's cache key, and the JVM options
 * of its {@code //JAVA_OPTIONS} lines.
 */
public record Resolved(List<Path> jars, List<String> artifacts, List<String> javaOptions) {

    public static final Resolved NONE = new Resolved(List.of(), List.of(), List.of());

    public Resolved {
        jars = List.copyOf(jars);
        artifacts = List.copyOf(artifacts);
        javaOptions = List.copyOf(javaOptions);
    }

    public Resolved withJavaOptions(List<String> options) {
        return new Resolved(jars, artifacts, options);
    }

    public boolean isEmpty() {
        return jars.isEmpty();
    }
}
