package measured.asciidoc;

import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** expect=ok|fail|timeout: the outcome that is the point is shown; any other outcome fails the build. */
class ExpectModesTest {

    private static final String DEADLOCK = """
            void main() throws Exception {
                Object a = new Object(), b = new Object();
                Thread one = Thread.ofPlatform().name("one").start(() -> { synchronized (a) { pause(); synchronized (b) { } } });
                Thread two = Thread.ofPlatform().name("two").start(() -> { synchronized (b) { pause(); synchronized (a) { } } });
                IO.println("started");
                one.join();
            }
            static void pause() { try { Thread.sleep(200); } catch (InterruptedException e) { } }
            """;

    @TempDir
    static Path folder;
    static FixtureSite site;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        site = FixtureSite.create(folder)
                .sample("x/Ok.java", "void main() { IO.println(\"fine\"); }")
                .sample("x/Throws.java", "void main() { throw new IllegalStateException(\"boom\"); }")
                .sample("x/Exit3.java", "void main() { System.exit(3); }")
                .sample("x/NoCompile.java", "void main() { int x = \"text\"; }")
                .sample("x/Deadlock.java", DEADLOCK)
                .page("good.adoc", """
                        = Good
                        :description: Every sample ends as the page says.

                        sample::x/Ok.java[]

                        sample::x/Throws.java[expect=fail,check="IllegalStateException: boom"]

                        sample::x/NoCompile.java[expect=fail,check="incompatible types"]

                        sample::x/Deadlock.java[expect=timeout,timeout=2,check="Found one Java-level deadlock"]
                        """)
                .page("bad.adoc", """
                        = Bad
                        :description: Every sample ends otherwise.

                        sample::x/Exit3.java[]

                        sample::x/Ok.java[expect=fail]

                        sample::x/Deadlock.java[timeout=2]

                        sample::x/NoCompile.java[]
                        """);
        problems = site.bake();
    }

    @Test
    void expectedOutcomesAreNotProblems() {
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("content/good.adoc")), problems.toString());
    }

    @Test
    void eachUnexpectedOutcomeIsReportedAtItsLine() {
        List<String> bad = problems.stream().filter(p -> p.startsWith("content/bad.adoc")).toList();
        assertEquals(4, bad.size(), bad.toString());
        assertTrue(bad.get(0).startsWith("content/bad.adoc:4: sample x/Exit3.java failed with exit code 3 but the page says expect=ok"), bad.get(0));
        assertTrue(bad.get(1).startsWith("content/bad.adoc:6: sample x/Ok.java completed successfully but the page says expect=fail"), bad.get(1));
        assertTrue(bad.get(2).startsWith("content/bad.adoc:8: sample x/Deadlock.java did not finish within its timeout"), bad.get(2));
        assertTrue(bad.get(3).startsWith("content/bad.adoc:10: sample x/NoCompile.java does not compile"), bad.get(3));
        assertTrue(bad.get(3).contains("NoCompile.java:1: error: incompatible types"), bad.get(3));
    }

    @Test
    void problemsSayWhatToDo() {
        List<String> exit3 = problems.stream().filter(p -> p.startsWith("content/bad.adoc:4:")).toList();
        assertEquals(1, exit3.size(), problems.toString());
        assertTrue(exit3.getFirst().contains("write expect=fail if failing is the point"), exit3.getFirst());
    }
}
