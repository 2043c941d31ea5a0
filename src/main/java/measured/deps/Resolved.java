package measured.deps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sample's declarations resolved to: the jars to compile and run it with (its dependencies and theirs,
 * in the resolver's order), the exact artifacts, which belong in its result's cache key, the JVM options
 * of its {@code //JAVA_OPTIONS} lines, the other source files of its {@code //SOURCES} lines (paths under
 * samples/), compiled with it, and the javac options of its {@code //COMPILE_OPTIONS} lines.
 */
public record Resolved(List<Path> jars, List<String> artifacts, List<String> javaOptions, List<String> sources,
                       List<String> compileOptions) {

    public static final Resolved NONE = new Resolved(List.of(), List.of(), List.of(), List.of(), List.of());

    public Resolved {
        jars = List.copyOf(jars);
        artifacts = List.copyOf(artifacts);
        javaOptions = List.copyOf(javaOptions);
        sources = List.copyOf(sources);
        compileOptions = List.copyOf(compileOptions);
    }

    public Resolved withJavaOptions(List<String> options) {
        return new Resolved(jars, artifacts, options, sources, compileOptions);
    }

    public Resolved withSources(List<String> samplePaths) {
        return new Resolved(jars, artifacts, javaOptions, samplePaths, compileOptions);
    }

    public Resolved withCompileOptions(List<String> options) {
        return new Resolved(jars, artifacts, javaOptions, sources, options);
    }

    /**
     * The options of the JVM that runs the sample: its exports (the source launcher applies a
     * {@code //COMPILE_OPTIONS} export to the run as well as to its compiler), then its {@code //JAVA_OPTIONS}.
     */
    public List<String> runOptions() {
        List<String> options = new ArrayList<>(compileOptions);
        options.addAll(javaOptions);
        return List.copyOf(options);
    }

    /** Neither jars nor other source files: the sample is one file that needs only the JDK. */
    public boolean isEmpty() {
        return jars.isEmpty() && sources.isEmpty();
    }
}
