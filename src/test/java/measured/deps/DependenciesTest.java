package measured.deps;

import measured.asciidoc.SamplePages;
import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sample that declares dependencies the JBang way is compiled and run with them (JMH's annotation processor
 * included) and shows only its JBang command; a dependency that cannot be had fails at its page and line.
 */
class DependenciesTest {

    private static final String BENCHMARK = """
            //DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
            //JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
            package bench;

            import java.util.concurrent.TimeUnit;
            import org.openjdk.jmh.annotations.*;
            import org.openjdk.jmh.runner.Runner;
            import org.openjdk.jmh.runner.options.OptionsBuilder;

            @State(Scope.Thread)
            public class Tiny {
                int x = 42;

                @Benchmark
                public int shift() {
                    return x << 1;
                }

                public static void main(String[] args) throws Exception {
                    var results = new Runner(new OptionsBuilder().include("bench.Tiny.shift").forks(0)
                            .warmupIterations(1).warmupTime(org.openjdk.jmh.runner.options.TimeValue.milliseconds(50))
                            .measurementIterations(1).measurementTime(org.openjdk.jmh.runner.options.TimeValue.milliseconds(50))
                            .mode(org.openjdk.jmh.annotations.Mode.AverageTime).timeUnit(TimeUnit.NANOSECONDS)
                            .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT).build()).run();
                    System.out.printf("shift: %.3f ns/op%n", results.iterator().next().getPrimaryResult().getScore());
                }
            }
            """;

    @TempDir
    static Path folder;
    static FixtureSite site;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        site = FixtureSite.create(folder)
                .sample("d/Tiny.java", BENCHMARK)
                .sample("d/Missing.java", "//DEPS org.example.nowhere:no-such-artifact:1.0\nvoid main() { }")
                .sample("d/Range.java", "//DEPS org.openjdk.jmh:jmh-core:[1.0,2.0)\nvoid main() { }")
                .sample("d/Repos.java", "//REPOS jitpack\n//DEPS com.github.x:y:1.0\nvoid main() { }")
                .page("deps.adoc", """
                        = Dependencies
                        :description: Samples with dependencies.

                        sample::d/Tiny.java[require="shift > 0"]

                        sample::d/Missing.java[]

                        sample::d/Range.java[]

                        sample::d/Repos.java[]
                        """);
        problems = site.bake();
    }

    @Test
    void aJmhBenchmarkRunsWithItsDependenciesAndShowsOnlyItsJBangCommand() {
        assertEquals(3, problems.size(), problems.toString());
        // The site is not published when a page has problems: read the good sample's block from the problems' absence.
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("content/deps.adoc:4:")), problems.toString());
    }

    @Test
    void anUnresolvableCoordinateFailsAtItsLine() {
        String missing = problems.stream().filter(p -> p.startsWith("content/deps.adoc:6:")).findFirst().orElseThrow();
        assertTrue(missing.contains("sample::d/Missing.java: //DEPS: could not resolve [org.example.nowhere:no-such-artifact:1.0]"), missing);
    }

    @Test
    void aVersionRangeOrAnotherRepositoryIsRefused() {
        String range = problems.stream().filter(p -> p.startsWith("content/deps.adoc:8:")).findFirst().orElseThrow();
        assertTrue(range.contains("line 1: 'org.openjdk.jmh:jmh-core:[1.0,2.0)' does not name one version"), range);
        String repos = problems.stream().filter(p -> p.startsWith("content/deps.adoc:10:")).findFirst().orElseThrow();
        assertTrue(repos.contains("//REPOS names another repository; samples take their dependencies from Maven Central only"), repos);
    }

    @Test
    void aGoodSampleAloneIsPublishedWithItsJBangLine(@TempDir Path other) {
        FixtureSite good = FixtureSite.create(other).sample("d/Tiny.java", BENCHMARK).page("deps.adoc", """
                = Dependencies
                :description: A JMH sample.

                sample::d/Tiny.java[require="shift > 0"]
                """);
        assertEquals(List.of(), good.bake());
        String page = good.html("deps.html");
        assertTrue(page.contains("<span class=\"run-label\">Run it with JBang:</span> <code>jbang "), page);
        assertFalse(page.contains("<code>java samples/d/Tiny.java"), "plain java cannot run a sample with //DEPS");
        assertTrue(SamplePages.output(page, 0).startsWith("shift: "), page);
    }
}
