package measured.verify;

import measured.measure.Requirements;
import measured.measure.Runs;
import measured.outcome.Ending;
import measured.outcome.Outcome;
import measured.outcome.Run;
import measured.plan.Claims;
import measured.outcome.Expectation;
import measured.run.RunRequest;
import measured.run.SampleRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim that fails on a busy machine is measured again after a wait for quiet; on a quiet machine it fails at once. */
class BusyRetryTest {

    private static final SampleRequest REQUEST = new SampleRequest("x/Speed.java", List.of(), Expectation.OK,
            Duration.ofSeconds(60), 3);
    private static final Claims CLAIMS = new Claims(Expectation.OK, Optional.empty(),
            Optional.of(Requirements.parse("speed-up >= 1.5")));

    @Test
    void aClaimThatFailsUnderLoadInEveryAttemptIsBusyNotAProblem() {
        Deque<Outcome> again = new ArrayDeque<>(List.of(outcome("1.10", 0.95), outcome("1.05", 1.0)));
        AtomicInteger waits = new AtomicInteger();
        BusyRetry.Judged judged = retry(again, waits).judge(REQUEST, List.of(outcome("1.00", 0.9)), BusyRetryTest::judge);
        Verdict verdict = judged.verdicts().getFirst();
        assertEquals(List.of(), verdict.allProblems());
        assertEquals(ClaimState.BUSY, verdict.claims().getFirst().state());
        assertEquals("failed in 3 attempts while other programs kept 0.90–1.00 cores busy", verdict.claims().getFirst().note());
        assertEquals(3, judged.outcomes().getFirst().attempts());
        assertEquals(2, waits.get(), "it waited for quiet before each new attempt");
    }

    @Test
    void aClaimThatHoldsOnceTheMachineIsQuietHolds() {
        Deque<Outcome> again = new ArrayDeque<>(List.of(outcome("1.90", 0.02)));
        BusyRetry.Judged judged = retry(again, new AtomicInteger()).judge(REQUEST, List.of(outcome("1.00", 0.9)), BusyRetryTest::judge);
        assertTrue(judged.passed());
        assertEquals(ClaimState.HELD, judged.verdicts().getFirst().claims().getFirst().state());
        assertEquals(2, judged.outcomes().getFirst().attempts());
    }

    @Test
    void aClaimThatFailsOnAQuietMachineFailsAtOnce() {
        Deque<Outcome> again = new ArrayDeque<>();
        BusyRetry.Judged judged = retry(again, new AtomicInteger()).judge(REQUEST, List.of(outcome("1.00", 0.05)), BusyRetryTest::judge);
        assertEquals(1, judged.verdicts().getFirst().claimFailures().size());
        assertEquals(ClaimState.FAILED, judged.verdicts().getFirst().claims().getFirst().state());
    }

    @Test
    void aFailureOnAQuietAttemptAfterBusyOnesStillFails() {
        Deque<Outcome> again = new ArrayDeque<>(List.of(outcome("1.00", 0.01)));
        BusyRetry.Judged judged = retry(again, new AtomicInteger()).judge(REQUEST, List.of(outcome("1.00", 0.9)), BusyRetryTest::judge);
        assertEquals(ClaimState.FAILED, judged.verdicts().getFirst().claims().getFirst().state(), "the quiet attempt decides");
    }

    @Test
    void aRunThatEndedBadlyIsNotRetried() {
        Run crashed = new Run("boom\n", 0, Ending.FAILED, 1, Optional.empty(), 0, Duration.ofMillis(100), Optional.empty(), Optional.of(0.9));
        Deque<Outcome> again = new ArrayDeque<>();
        BusyRetry.Judged judged = retry(again, new AtomicInteger())
                .judge(REQUEST, List.of(new Outcome(List.of(crashed), 1, Runs.origin(), false, 1)), BusyRetryTest::judge);
        assertEquals(1, judged.verdicts().getFirst().problems().size());
    }

    private static BusyRetry retry(Deque<Outcome> again, AtomicInteger waits) {
        Function<RunRequest, List<Outcome>> rerun = request -> List.of(again.pop());
        return new BusyRetry(rerun, waits::incrementAndGet);
    }

    private static List<Verdict> judge(List<Outcome> outcomes) {
        return List.of(Verdict.of(Subject.sample(REQUEST.samplePath()), CLAIMS, outcomes.getFirst()));
    }

    private static Outcome outcome(String speedUp, double otherLoad) {
        Run run = new Run("speed-up: " + speedUp + " x\n", 0, Ending.COMPLETED, 0, Optional.empty(), 0,
                Duration.ofMillis(500), Optional.empty(), Optional.of(otherLoad));
        return new Outcome(List.of(run), 1, Runs.origin(), false, 1);
    }
}
