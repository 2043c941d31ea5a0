package measured.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a build reads and writes: the site's source folder (laid out like the project), the folder the
 * baked site goes to, the sample-result cache, whether cached results are ignored, the serve port, the
 * base URL the site is published at (empty: the one in jbake.properties; deploy previews pass theirs),
 * whether samples run in a sandbox where the machine allows one, the local Maven repository that samples'
 * dependencies are resolved into, the results bundles to take results from ({@code -Dsite.results}), and the
 * folder to record this bake's verified results in as a bundle ({@code -Dsite.record}).
 */
public record BuildOptions(Path source, Path output, Path cache, boolean fresh, int port, String host, boolean sandbox,
                           Path mavenRepository, List<Path> results, Optional<Path> record) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        cache = cache.toAbsolutePath().normalize();
        results = results.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        record = record.map(p -> p.toAbsolutePath().normalize());
    }

    /** Maven's default local repository. */
    public static final Path DEFAULT_MAVEN_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2", "repository");

    /** Options for baking {@code source} into {@code output} with the cache under {@code cache}. */
    public static BuildOptions of(Path source, Path output, Path cache) {
        return new BuildOptions(source, output, cache, false, 8820, "", true, DEFAULT_MAVEN_REPOSITORY, List.of(), Optional.empty());
    }

    public BuildOptions withFresh(boolean value) {
        return new BuildOptions(source, output, cache, value, port, host, sandbox, mavenRepository, results, record);
    }

    public BuildOptions withSandbox(boolean value) {
        return new BuildOptions(source, output, cache, fresh, port, host, value, mavenRepository, results, record);
    }

    public BuildOptions withResults(List<Path> bundles) {
        return new BuildOptions(source, output, cache, fresh, port, host, sandbox, mavenRepository, bundles, record);
    }

    public BuildOptions withRecord(Path folder) {
        return new BuildOptions(source, output, cache, fresh, port, host, sandbox, mavenRepository, results, Optional.of(folder));
    }
}
