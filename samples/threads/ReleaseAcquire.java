//DEPS org.openjdk.jcstress:jcstress-core:0.16
//JAVA_OPTIONS --enable-native-access=ALL-UNNAMED
//SOURCES litmus/Litmus.java
package accessmodes;

// What release/acquire promises, under jcstress. Message passing (write data, then a flag; read
// the flag, then data) is safe once the flag is written with setRelease and read with getAcquire.
// Store buffering (write mine, read yours) is not: only volatile mode orders a write before a
// later read of another variable.
import litmus.Litmus;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.results.II_Result;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

public class ReleaseAcquire {

    // tag::tests[]
    // Message passing with plain fields: nothing orders the two writes or the two reads.
    @JCStressTest
    @Outcome(id = {"0, 0", "0, 1", "1, 1"}, expect = ACCEPTABLE, desc = "some interleaving")
    @Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "saw the flag, not the data")
    @State
    public static class PlainMessage {
        int data, ready;

        @Actor public void writer() { data = 1; ready = 1; }
        @Actor public void reader(II_Result r) { r.r1 = ready; r.r2 = data; }
    }

    // The same with the flag written in release mode and read in acquire mode. The data field
    // stays plain: the release/acquire pair orders it.
    @JCStressTest
    @Outcome(id = {"0, 0", "0, 1", "1, 1"}, expect = ACCEPTABLE, desc = "some interleaving")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "saw the flag, not the data")
    @State
    public static class ReleaseAcquireMessage {
        static final VarHandle READY = handle(ReleaseAcquireMessage.class, "ready");
        int data, ready;

        @Actor public void writer() { data = 1; READY.setRelease(this, 1); }
        @Actor public void reader(II_Result r) { r.r1 = (int) READY.getAcquire(this); r.r2 = data; }
    }

    // Store buffering (the test of the reordering page) in release/acquire mode.
    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "some interleaving")
    @Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "both reads missed both writes")
    @State
    public static class ReleaseAcquireStoreBuffering {
        static final VarHandle X = handle(ReleaseAcquireStoreBuffering.class, "x");
        static final VarHandle Y = handle(ReleaseAcquireStoreBuffering.class, "y");
        int x, y;

        @Actor public void actor1(II_Result r) {
            X.setRelease(this, 1);
            r.r1 = (int) Y.getAcquire(this);
        }

        @Actor public void actor2(II_Result r) {
            Y.setRelease(this, 1);
            r.r2 = (int) X.getAcquire(this);
        }
    }

    static VarHandle handle(Class<?> owner, String field) {
        try {
            return MethodHandles.lookup().findVarHandle(owner, field, int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, TestResult> results = Litmus.run("accessmodes\\.ReleaseAcquire\\.");
        TestResult plain = results.get("accessmodes.ReleaseAcquire.PlainMessage");
        TestResult message = results.get("accessmodes.ReleaseAcquire.ReleaseAcquireMessage");
        TestResult buffering =
                results.get("accessmodes.ReleaseAcquire.ReleaseAcquireStoreBuffering");
        Litmus.printTable("message passing, plain", "read (ready, data)", plain);
        Litmus.printTable("message passing, release/acquire", "read (ready, data)", message);
        Litmus.printTable("store buffering, release/acquire", "read (r1, r2)", buffering);
        Litmus.report("plain message (1, 0)", Litmus.count(plain, "1, 0"));
        Litmus.report("release/acquire message (1, 0)", Litmus.count(message, "1, 0"));
        Litmus.report("release/acquire store buffering (0, 0)", Litmus.count(buffering, "0, 0"));
        Litmus.report("trials",
                Litmus.trials(plain) + Litmus.trials(message) + Litmus.trials(buffering));
    }
    // end::tests[]
}
