//DEPS org.openjdk.jcstress:jcstress-core:0.16
//JAVA_OPTIONS --enable-native-access=ALL-UNNAMED
//SOURCES litmus/Litmus.java
package tearing;

// A torn long under jcstress: one thread writes all 64 bits of a plain long, another reads it.
// JLS 17.7 lets a JVM split that write into two 32-bit halves, so the reader could see one half
// of the new value and one half of the old. This run counts how often it did.
import litmus.Litmus;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.results.J_Result;

import java.util.Map;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

public class LongTearing {

    // tag::tests[]
    // -1L has all 64 bits set; a torn read would show only one half of them set.
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "the write had not happened yet")
    @Outcome(id = "-1", expect = ACCEPTABLE, desc = "the whole new value")
    @Outcome(expect = ACCEPTABLE_INTERESTING,
             desc = "torn: halves of two writes (JLS 17.7 allows it)")
    @State
    public static class PlainLong {
        long v;

        @Actor public void writer() { v = 0xFFFF_FFFF_FFFF_FFFFL; }
        @Actor public void reader(J_Result r) { r.r1 = v; }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("JVM: " + System.getProperty("java.vm.name") + ", "
                + System.getProperty("os.arch") + ", "
                + System.getProperty("sun.arch.data.model") + "-bit");
        Map<String, TestResult> results = Litmus.run("tearing\\.LongTearing\\.");
        TestResult plain = results.get("tearing.LongTearing.PlainLong");
        Litmus.printTable("plain long", "value read", plain);
        long whole = Litmus.count(plain, "0") + Litmus.count(plain, "-1");
        Litmus.report("torn values", Litmus.trials(plain) - whole);
        Litmus.report("trials", Litmus.trials(plain));
    }
    // end::tests[]
}
