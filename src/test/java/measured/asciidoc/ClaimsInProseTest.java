package measured.asciidoc;

import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prose takes its numbers from the run (value:, bound:), every claim is shown beside its output with its state,
 * and prose that types a measured number or a "(checked)" by hand fails the bake at its line.
 */
class ClaimsInProseTest {

    private static final String SPEED = """
            void main() throws Exception {
                Thread.sleep(50); // the input prose may repeat
                IO.println("speed-up: 1.93 x");
                IO.println("lost updates: 12");
                IO.println("speed, 4 threads: 2.5 x");
            }
            """;
    private static final String TWICE = "void main(String[] args) { IO.println(\"arg: \" + args[0]); }";
    private static final String REQUIRE = "require=\"speed-up >= 1.5; lost updates > 0; speed-up >= 0.5 * cores;"
            + " speed-up >= 1 when cores >= 512\"";

    @TempDir
    static Path folder;
    static FixtureSite good;
    static FixtureSite bad;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        good = FixtureSite.create(folder.resolve("good"))
                .sample("x/Speed.java", SPEED)
                .sample("x/Twice.java", TWICE)
                .sample("x/Fails.java", "void main() { System.exit(2); }")
                .page("good.adoc", """
                        = Good
                        :description: Prose that takes its numbers from the run.

                        Each task sleeps 50 ms.

                        sample::x/Speed.java[%s, check="speed-up: \\d"]

                        The speed-up was value:x/Speed.java[speed-up], at least bound:x/Speed.java[speed-up] times;
                        scaled, the bound here is bound:x/Speed.java[speed-up, lower, page=good].
                        A hypothetical [.given]#200 ms# is not a measurement, and `1.5 x` is code.
                        With four threads: value:x/Speed.java["speed, 4 threads"].

                        sample::x/Twice.java[id=one, args="1"]

                        sample::x/Twice.java[id=two, args="2"]

                        The second run printed value:#two[arg], the first value:#one[arg].
                        """.formatted(REQUIRE))
                .page("elsewhere.adoc", """
                        = Elsewhere
                        :description: A page that quotes another page's result.

                        The other page measured value:x/Speed.java[speed-up, bare] lost updates value:x/Speed.java[lost updates].
                        """);
        assertEquals(List.of(), good.bake());
        bad = FixtureSite.create(folder.resolve("bad"))
                .sample("x/Speed.java", SPEED)
                .sample("x/Fails.java", "void main() { System.exit(2); }")
                .page("bad.adoc", """
                        = Bad
                        :description: Prose that types what the build measures.

                        sample::x/Speed.java[require="speed-up >= 1.5"]

                        The speed-up was at least 7.5 times (checked).

                        * a list item that says 300 ms

                        It reports value:x/Speed.java[throughput] and value:x/Nope.java[speed-up].

                        sample::x/Fails.java[]

                        It failed with value:x/Fails.java[code].
                        """);
        problems = bad.bake();
    }

    @Test
    void valuesAndBoundsComeFromTheRun() {
        String page = good.html("good.html");
        assertTrue(page.contains("The speed-up was <span class=\"run-value\">1.93 x</span>, at least <span class=\"run-bound\">1.5</span> times"), page);
        assertTrue(page.contains("With four threads: <span class=\"run-value\">2.5 x</span>."), page);
        assertTrue(page.contains("The second run printed <span class=\"run-value\">2</span>, the first <span class=\"run-value\">1</span>."), page);
        String elsewhere = good.html("elsewhere.html");
        assertTrue(elsewhere.contains("measured <span class=\"run-value\">1.93</span> lost updates <span class=\"run-value\">12</span>"), elsewhere);
    }

    @Test
    void everyClaimIsShownWithItsStateAndWhatWasMeasured() {
        String page = good.html("good.html");
        List<String> claims = matches(page, "<li class=\"claim\" data-claim-state=\"([a-z-]+)\">(.*?)</li>");
        assertEquals(5, claims.size(), page);
        assertTrue(claims.get(0).startsWith("held|<span class=\"claim-state\">held</span> <code class=\"claim-text\">output contains"), claims.get(0));
        assertTrue(claims.get(1).contains("speed-up &gt;= 1.5</code> <span class=\"claim-measured\">measured 1.93 x</span>"), claims.get(1));
        assertTrue(claims.get(3).contains("speed-up &gt;= 0.5 × cores</code> <span class=\"claim-measured\">measured 1.93 x, needs &gt;= "), claims.get(3));
        assertTrue(claims.get(4).startsWith("not-applicable|"), claims.get(4));
        assertTrue(claims.get(4).contains("needs 512 cores; this build had "), claims.get(4));
    }

    @Test
    void proseThatTypesAMeasuredNumberFailsAtItsLineNamingTheReferences() {
        String typed = only("content/bad.adoc:6: \"7.5 times\"");
        assertTrue(typed.contains("take it from the run with value:x/Speed.java[speed-up] or value:x/Speed.java[lost updates]"), typed);
        assertTrue(typed.contains("write [.given]#7.5 times#"), typed);
        only("content/bad.adoc:6: \"(checked)\" is typed by hand");
        only("content/bad.adoc:8: \"300 ms\" looks measured");
    }

    @Test
    void aReferenceThatCannotBeResolvedFailsAtItsLine() {
        assertTrue(only("content/bad.adoc:10: value:x/Speed.java[throughput]: ").contains(
                "sample x/Speed.java reports no number named 'throughput'; it reports: speed-up, lost updates, speed, 4 threads"),
                problems.toString());
        assertTrue(only("content/bad.adoc:10: value:x/Nope.java[speed-up]: ").contains("is not shown on any page"));
        assertTrue(only("content/bad.adoc:14: value:x/Fails.java[code]: ").contains("did not run as its page says (see the problem at content/bad.adoc:12)"));
    }

    private static String only(String prefix) {
        List<String> found = problems.stream().filter(p -> p.startsWith(prefix)).toList();
        assertEquals(1, found.size(), prefix + " in " + problems);
        return found.getFirst();
    }

    private static List<String> matches(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "|" + m.group(2));
        }
        return found;
    }
}
