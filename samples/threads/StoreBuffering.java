//DEPS org.openjdk.jcstress:jcstress-core:0.16
//JAVA_OPTIONS --enable-native-access=ALL-UNNAMED
//SOURCES litmus/Litmus.java
package reordering;

// The store-buffering litmus test (Dekker's idiom) under jcstress: each thread writes one field
// and then reads the other. With plain fields, both reads may miss both writes: (0, 0).
// With volatile fields the memory model forbids that outcome.
import litmus.Litmus;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.results.II_Result;

import java.util.Map;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

public class StoreBuffering {

    // For every trial jcstress uses a fresh state object and calls each actor once, each on its
    // own thread, at about the same time; r1 and r2 are what the two threads read.
    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "some interleaving")
    @Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "both reads missed both writes")
    @State
    public static class PlainFields {
        int x, y;

        @Actor public void actor1(II_Result r) { x = 1; r.r1 = y; }
        @Actor public void actor2(II_Result r) { y = 1; r.r2 = x; }
    }

    // The same program with volatile fields: all four accesses are synchronization actions, which
    // the JMM puts in one total order, so one of the writes comes before both reads.
    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "some interleaving")
    @Outcome(id = "0, 0", expect = FORBIDDEN, desc = "both reads missed both writes")
    @State
    public static class VolatileFields {
        volatile int x, y;

        @Actor public void actor1(II_Result r) { x = 1; r.r1 = y; }
        @Actor public void actor2(II_Result r) { y = 1; r.r2 = x; }
    }

    public static void main(String[] args) throws Exception {
        Map<String, TestResult> results = Litmus.run("reordering\\.StoreBuffering\\.");
        TestResult plain = results.get("reordering.StoreBuffering.PlainFields");
        TestResult vol = results.get("reordering.StoreBuffering.VolatileFields");
        Litmus.printTable("plain fields", "outcome (r1, r2)", plain);
        Litmus.printTable("volatile fields", "outcome (r1, r2)", vol);
        Litmus.report("plain (0, 0)", Litmus.count(plain, "0, 0"));
        Litmus.report("volatile (0, 0)", Litmus.count(vol, "0, 0"));
        Litmus.report("plain trials", Litmus.trials(plain));
        Litmus.report("volatile trials", Litmus.trials(vol));
        Litmus.report("total trials", Litmus.trials(plain) + Litmus.trials(vol));
    }
}
