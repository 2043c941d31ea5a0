//DEPS org.openjdk.jcstress:jcstress-core:0.16
//JAVA_OPTIONS --enable-native-access=ALL-UNNAMED
//SOURCES litmus/Litmus.java
package finals;

// Publishing an object through a data race, under jcstress: one thread stores a new object in a
// plain field, another reads the field and then the object's four fields. With plain fields the
// reader may see a partly built object; with final fields JLS 17.5 forbids that.
import litmus.Litmus;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.results.IIII_Result;

import java.util.Map;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

public class FinalFieldPublication {

    // tag::tests[]
    static class PlainPoint {
        int x1, x2, x3, x4;
        PlainPoint(int v) { x1 = v; x2 = x1 + v; x3 = x2 + v; x4 = x3 + v; } // 1, 2, 3, 4
    }

    static class FinalPoint {
        final int x1, x2, x3, x4;
        FinalPoint(int v) { x1 = v; x2 = x1 + v; x3 = x2 + v; x4 = x3 + v; } // 1, 2, 3, 4
    }

    // The shared field is plain in both tests: the publication itself is a data race.
    @JCStressTest
    @Outcome(id = "-1, -1, -1, -1", expect = ACCEPTABLE, desc = "no object seen yet")
    @Outcome(id = "1, 2, 3, 4", expect = ACCEPTABLE, desc = "the whole object")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "a partly built object")
    @State
    public static class PlainFields {
        int v = 1; // read from the state, so the compiler cannot fold the constructor away
        PlainPoint shared;

        @Actor public void publisher() { shared = new PlainPoint(v); }

        @Actor public void reader(IIII_Result r) {
            PlainPoint p = shared; // read the field once
            if (p == null) { r.r1 = r.r2 = r.r3 = r.r4 = -1; return; }
            r.r1 = p.x1; r.r2 = p.x2; r.r3 = p.x3; r.r4 = p.x4;
        }
    }

    @JCStressTest
    @Outcome(id = "-1, -1, -1, -1", expect = ACCEPTABLE, desc = "no object seen yet")
    @Outcome(id = "1, 2, 3, 4", expect = ACCEPTABLE, desc = "the whole object")
    @Outcome(expect = FORBIDDEN, desc = "a partly built object")
    @State
    public static class FinalFields {
        int v = 1;
        FinalPoint shared;

        @Actor public void publisher() { shared = new FinalPoint(v); }

        @Actor public void reader(IIII_Result r) {
            FinalPoint p = shared;
            if (p == null) { r.r1 = r.r2 = r.r3 = r.r4 = -1; return; }
            r.r1 = p.x1; r.r2 = p.x2; r.r3 = p.x3; r.r4 = p.x4;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, TestResult> results = Litmus.run("finals\\.FinalFieldPublication\\.");
        TestResult plain = results.get("finals.FinalFieldPublication.PlainFields");
        TestResult fin = results.get("finals.FinalFieldPublication.FinalFields");
        Litmus.printTable("plain fields", "fields read (x1, x2, x3, x4)", plain);
        Litmus.printTable("final fields", "fields read (x1, x2, x3, x4)", fin);
        Litmus.report("partly built (plain fields)", partlyBuilt(plain));
        Litmus.report("partly built (final fields)", partlyBuilt(fin));
        Litmus.report("trials", Litmus.trials(plain) + Litmus.trials(fin));
    }

    static long partlyBuilt(TestResult result) {
        return Litmus.trials(result) - Litmus.count(result, "-1, -1, -1, -1")
                - Litmus.count(result, "1, 2, 3, 4");
    }
    // end::tests[]
}
