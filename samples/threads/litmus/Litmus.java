package litmus;

// What the jcstress samples share: start jcstress from a sample's own main, then print each
// test's outcome table and the counts the page quotes. The samples name this file in their
// //SOURCES line, so JBang (and the site's build) compiles it with them.
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public final class Litmus {

    private Litmus() {
    }

    // Runs the matching tests in jcstress's quick mode (one forked JVM per test, iterations of
    // 200 ms), cut to 3 iterations and one JVM configuration, the JVM's default flags: a full
    // run repeats every test under several JIT settings, which takes far longer. -sc false
    // keeps both actors compiled alike (no split compilation), -pth false skips pre-touching
    // the heap. jcstress's own console report goes to a buffer, shown only if something
    // fails; the results come from the file it writes.
    //
    // jcstress runs a test's actors on CPUs of their own: with fewer CPUs than actors (a
    // 1-CPU container) it runs none. The harness then says so and returns no results; the
    // tables say "not run" and every count is 0, which is what was seen.
    public static Map<String, TestResult> run(String testRegex) throws Exception {
        Options options = new Options(new String[] {"-t", testRegex, "-m", "quick", "-f", "1",
                "-iters", "3", "-sc", "false", "-pth", "false",
                "-jvmArgs", "-XX:+TieredCompilation"});
        PrintStream console = System.out;
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        System.setOut(new PrintStream(report, true, StandardCharsets.UTF_8));
        boolean parsed;
        try {
            parsed = options.parse();                 // prints its CPU probe: into the buffer
        } finally {
            System.setOut(console);
        }
        if (!parsed) throw new IllegalArgumentException("bad jcstress options: " + report);
        System.out.println("jcstress: mode quick, JVM flags " + options.getJvmArgs());
        System.out.println("forks per test: " + options.getForks());
        System.out.println("iterations per fork: " + options.getIterations());
        System.out.println("time per iteration: " + options.getTime() + " ms");
        int cpus = Runtime.getRuntime().availableProcessors();
        if (cpus < 2) {
            System.out.println("jcstress: these tests have 2 actors, which need 2 CPUs; this JVM has "
                    + cpus + ", so no test ran");
            return Map.of();
        }
        System.setOut(new PrintStream(report, true, StandardCharsets.UTF_8));
        try {
            new JCStress(options).run();
        } catch (Exception e) {
            System.err.print(report.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            System.setOut(console);
        }
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(options.getResultFile(), collector);
        reader.dump();
        reader.close();
        Map<String, TestResult> byName = new TreeMap<>();
        for (TestResult result : collector.getTestResults()) {
            if (result.status() != Status.NORMAL || byName.put(result.getName(), result) != null) {
                System.err.print(report.toString(StandardCharsets.UTF_8));
                throw new IllegalStateException(result.getName() + ": " + result.status());
            }
        }
        return byName;
    }

    // One test's outcome table as jcstress grades it: every outcome the test names or the run saw,
    // and a row for all the other outcomes when the run saw none of them.
    // Also reports how many of the outcomes seen jcstress grades FORBIDDEN: the test's claim.
    public static void printTable(String title, String outcomeHeader, TestResult result) {
        if (result == null) {
            System.out.printf("%n%s: not run%n", title);
            report(title + ", forbidden outcomes", 0);
            return;
        }
        TestInfo info = TestList.getInfo(result.getName());
        var grading = result.grading();
        System.out.printf("%n%s: %s%n", title, grading.isPassed ? "passed" : "FAILED");
        System.out.println("| " + outcomeHeader
                + " | count | share (%) | expectation | description |");
        System.out.println("|---|---|---|---|---|");
        boolean otherSeen = false;
        long forbidden = 0;
        for (var row : grading.gradingResults.values()) {
            otherSeen |= info.cases().stream().noneMatch(c -> c.matches(row.id));
            if (row.expect == Expect.FORBIDDEN) forbidden += row.count;
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %s | %s |%n", row.id, row.count,
                    100.0 * row.count / result.getTotalCount(), row.expect.name(), row.description);
        }
        if (!otherSeen) { // graded by the test's catch-all @Outcome, or else FORBIDDEN
            System.out.printf("| any other | 0 | 0.00 | %s | %s |%n",
                    info.unmatched().expect().name(), info.unmatched().description());
        }
        System.out.println();
        report(title + ", forbidden outcomes", forbidden);
    }

    // How often the run saw an outcome, and how many trials it ran: 0 for a test that did not run.
    public static long count(TestResult result, String outcome) {
        return result == null ? 0 : result.getCount(outcome);
    }

    public static long trials(TestResult result) {
        return result == null ? 0 : result.getTotalCount();
    }

    // A reported number: "label: 1,234,567".
    public static void report(String label, long value) {
        System.out.printf(Locale.ROOT, "%s: %,d%n", label, value);
    }
}
