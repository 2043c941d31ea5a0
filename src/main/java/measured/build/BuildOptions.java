package measured.build;

import java.nio.file.Path;

/**
 * What a build reads and writes: the site's source folder (laid out like the project), the folder the
 * baked site goes to, the sample-result cache, whether cached results are ignored, the serve port, the
 * base URL the site is published at (empty: the one in jbake.properties; deploy previews pass theirs),
 * whether samples run in a sandbox where the machine allows one, and the local Maven repository that samples'
 * dependencies are resolved into.
 */
public record BuildOptions(Path source, Path output, Path cache, boolean fresh, int port, String host, boolean sandbox,
                           Path mavenRepository) {

    /** Maven's default local repository. */
    public static final Path DEFAULT_MAVEN_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2", "repository");

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        cache = cache.toAbsolutePath().normalize();
    }

    /** Options for baking {@code source} into {@code output} with the cache under {@code cache}. */
    public static BuildOptions of(Path source, Path output, Path cache) {
        return new BuildOptions(source, output, cache, false, 8820, "", true, DEFAULT_MAVEN_REPOSITORY);
    }

    public BuildOptions withFresh(boolean value) {
        return new BuildOptions(source, output, cache, value, port, host, sandbox, mavenRepository);
    }

    public BuildOptions withSandbox(boolean value) {
        return new BuildOptions(source, output, cache, fresh, port, host, value, mavenRepository);
    }
}
