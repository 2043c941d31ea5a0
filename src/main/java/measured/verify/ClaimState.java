package measured.verify;

import java.util.Locale;

/**
 * How a claim came out, as the page writes it in {@code data-claim-state}: {@code held}; {@code failed} (the
 * bake then fails); {@code not-applicable} (the machine lacks what the claim needs); {@code busy} (it failed
 * while other programs loaded the machine during every attempt).
 */
public enum ClaimState {
    HELD, FAILED, NOT_APPLICABLE, BUSY;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
