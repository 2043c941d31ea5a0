package measured.outcome;

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

    /** Whether a run ended the way this expectation says; a compile error counts as a failure. */
    public boolean metBy(Run run) {
        return switch (this) {
            case OK -> run.ending() == Ending.COMPLETED;
            case FAIL -> run.ending() == Ending.FAILED || run.ending() == Ending.DID_NOT_COMPILE;
            case TIMEOUT -> run.ending() == Ending.TIMED_OUT;
        };
    }
}
