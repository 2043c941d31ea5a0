package measured.verify;

import java.util.Locale;

/** Whether a claim held on the run the page shows; the page writes it as {@code data-claim-state}. */
public enum ClaimState {
    HELD, FAILED;

    /** The value of {@code data-claim-state}: {@code held}, {@code failed}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
