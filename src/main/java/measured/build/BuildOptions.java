package measured.build;

import java.nio.file.Path;

/**
 * What a build reads and writes: the site's source folder (laid out like the project), the folder the
 * baked site goes to, the sample-result cache, whether cached results are ignored, the serve port, the
 * base URL the site is published at (empty: the one in jbake.properties; deploy previews pass theirs), and
 * whether samples run in a sandbox where the machine allows one.
 */
public record BuildOptions(Path source, Path output, Path cache, boolean fresh, int port, String host, boolean sandbox) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        cache = cache.toAbsolutePath().normalize();
    }

    /** Options for baking {@code source} into {@code output} with the cache under {@code cache}. */
    public static BuildOptions of(Path source, Path output, Path cache) {
        return new BuildOptions(source, output, cache, false, 8820, "", true);
    }

    public BuildOptions withFresh(boolean value) {
        return new BuildOptions(source, output, cache, value, port, host, sandbox);
    }

    public BuildOptions withSandbox(boolean value) {
        return new BuildOptions(source, output, cache, fresh, port, host, value);
    }
}
