package measured.run;

import measured.run.process.ProcessRun;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a run is meant to end: normally, with a failure that is the point, or hanging until its timeout. */
public enum Expectation {
    OK, FAIL, TIMEOUT;

    public static Optional<Expectation> parse(String value) {
        return Arrays.stream(values()).filter(e -> e.word().equals(value)).findFirst();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a process run ended the way this expectation says. */
    public boolean metBy(ProcessRun run) {
        return switch (this) {
            case OK -> run.succeeded();
            case FAIL -> !run.timedOut() && run.exitCode() != 0;
            case TIMEOUT -> run.timedOut();
        };
    }
}
