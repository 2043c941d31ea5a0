package measured.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import measured.outcome.Ending;
import measured.outcome.Machine;
import measured.outcome.Origin;
import measured.outcome.Outcome;
import measured.outcome.Run;

/** Finished runs made up for tests: an output and a wall time. */
public final class Runs {

    /** A quiet 2-core machine with 2 physical cores. */
    public static final Machine MACHINE = new Machine(2, 2, "", "Linux 6.1", "amd64");

    private Runs() {
    }

    public static Run run(long wallMillis, String output) {
        return new Run(output, 0, Ending.COMPLETED, 0, Optional.empty(), 0, Duration.ofMillis(wallMillis),
                Optional.empty(), Optional.empty());
    }

    /** A measurement of these counted runs (after one warm-up), made now on a 2-core Linux machine. */
    public static Outcome outcome(Run... runs) {
        return new Outcome(List.of(runs), 1, origin(), false, 1);
    }

    public static Origin origin() {
        return new Origin(Instant.parse("2026-11-12T10:15:30Z"), "Eclipse Adoptium 25.0.3+9-LTS",
                MACHINE, false);
    }
}
