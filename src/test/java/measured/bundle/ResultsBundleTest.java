package measured.bundle;

import measured.build.FixtureSite;
import measured.build.SiteBuildException;
import measured.build.TestBuilder;
import measured.run.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results recorded on one machine (-Dsite.record) are plain files; a bake given bundles (-Dsite.results) runs
 * nothing they hold, shows each measurement on every bundle's machine, and re-runs only what changed.
 */
class ResultsBundleTest {

    private static final String SPEED = "void main() { IO.println(\"speed-up: 1.90 x\"); IO.println(\"cores: \" "
            + "+ Runtime.getRuntime().availableProcessors()); }";

    @TempDir
    static Path folder;
    static FixtureSite site;
    static Path here;
    static Path oneCore;

    @BeforeAll
    static void record() throws IOException {
        site = FixtureSite.create(folder.resolve("site"))
                .sample("m/Speed.java", SPEED)
                .sample("m/Hello.java", "void main() { IO.println(\"hello\"); }")
                .page("measure.adoc", """
                        = Measure
                        :description: A measurement recorded on two machines.

                        sample::m/Speed.java[runs=2, require="speed-up >= 1.5; speed-up >= 0.9 * cores when cores >= 4"]

                        sample::m/Hello.java[check="hello"]

                        [source,jshell]
                        ----
                        System.out.println("from jshell");
                        ----
                        """);
        here = folder.resolve("results/this-machine");
        TestBuilder.get().bake(site.options().withRecord(here));
        // Another machine's bundle: the same results, as if a 1-core machine had recorded them.
        oneCore = folder.resolve("results/one-core");
        copy(here, oneCore);
        for (Path entry : entries(oneCore)) {
            Path file = entry.resolve("entry.properties");
            Files.writeString(file, Files.readString(file).replaceAll("(?m)^o0\\.cores=\\d+$", "o0.cores=1")
                    .replaceAll("(?m)^o0\\.physical-cores=\\d+$", "o0.physical-cores=1"));
        }
        Files.writeString(oneCore.resolve("machine.properties"),
                Files.readString(oneCore.resolve("machine.properties")).replace("name=this-machine", "name=one-core"));
    }

    @Test
    void aBundleIsPlainFilesAPersonCanRead() throws IOException {
        assertTrue(Files.readString(here.resolve("machine.properties")).contains("name=this-machine"));
        List<Path> entries = entries(here);
        assertEquals(3, entries.size(), "two samples and one JShell session: " + entries);
        Path speed = entries.stream().filter(e -> e.getFileName().toString().startsWith("m-Speed.java@")).findFirst().orElseThrow();
        String fields = Files.readString(speed.resolve("entry.properties"));
        assertTrue(fields.contains("bundle.what=m/Speed.java"), fields);
        assertTrue(fields.contains("o0.runs=2"), fields);
        assertEquals("speed-up: 1.90 x\n", Files.readString(speed.resolve("o0-r0-output.txt")).lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aBakeWithBundlesRunsNothingTheyHoldAndShowsEveryMachine(@TempDir Path fresh) throws IOException {
        FixtureSite clone = cloneOf(fresh);
        RunSummary summary = TestBuilder.get().bake(clone.options().withResults(List.of(here, oneCore)));
        assertEquals(0, summary.ran(), "every result came from a bundle");
        String page = clone.html("measure.html");
        assertTrue(page.contains("(recorded in the results bundle this-machine)"), "the stamp says which machine measured it");
        assertTrue(page.contains("<table class=\"results-matrix\">"), page);
        assertTrue(page.contains("<th scope=\"row\">one-core</th><td>1 (1 physical)</td>"), page);
        assertFalse(page.contains("<th scope=\"row\">this-machine</th>"), "the shown machine is not listed twice");

        clone.sample("m/Hello.java", "void main() { IO.println(\"hello, edited\"); }");
        RunSummary afterEdit = TestBuilder.get().bake(clone.options().withResults(List.of(here, oneCore)));
        assertEquals(List.of("m/Hello.java"), afterEdit.timings().stream().filter(t -> !t.fromCache())
                .map(RunSummary.Timing::label).toList(), "exactly the edited sample runs");
    }

    @Test
    void aDamagedBundleFileFailsTheBakeNamingItAndPublishesNothing(@TempDir Path fresh) throws IOException {
        Path damaged = fresh.resolve("damaged");
        copy(here, damaged);
        Path speed = entries(damaged).stream().filter(e -> e.getFileName().toString().startsWith("m-Speed.java@")).findFirst().orElseThrow();
        Path file = speed.resolve("entry.properties");
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^o0\\.runs=.*$", ""));
        FixtureSite clone = cloneOf(fresh.resolve("clone"));
        SiteBuildException error = assertThrows(SiteBuildException.class,
                () -> TestBuilder.get().bake(clone.options().withResults(List.of(damaged))));
        assertTrue(error.getMessage().startsWith(file + ": a damaged entry"), error.getMessage());
        assertFalse(Files.exists(clone.output()), "nothing was published");
    }

    @Test
    void aRecordingWhoseClaimsTheCurrentPageRejectsIsAProblem(@TempDir Path fresh) throws IOException {
        FixtureSite clone = cloneOf(fresh);
        clone.page("measure.adoc", Files.readString(clone.root().resolve("content/measure.adoc"))
                .replace("speed-up >= 1.5;", "speed-up >= 1.95;"));
        List<String> problems = clone.bake(clone.options().withResults(List.of(oneCore)));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/measure.adoc:4:")
                && p.contains("require failed: speed-up = 1.90 x (median of 2 runs), needs >= 1.95")), problems.toString());
    }

    private static FixtureSite cloneOf(Path folder) throws IOException {
        FixtureSite clone = FixtureSite.create(folder);
        clone.sample("m/Speed.java", SPEED).sample("m/Hello.java", "void main() { IO.println(\"hello\"); }");
        clone.page("measure.adoc", Files.readString(site.root().resolve("content/measure.adoc")));
        return clone;
    }

    private static List<Path> entries(Path bundle) throws IOException {
        try (Stream<Path> children = Files.list(bundle)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
