package measured.verify;

/**
 * One claim as a reader sees it beside the output: what was claimed ({@code efficiency >= 0.7}, {@code output
 * contains "done"}), what this run measured ({@code 0.93}, or the line that matched), for a bound that scales
 * with the machine its value there ({@code >= 1.4 (0.7 × cores)}; empty otherwise), whether it held, and a note
 * that says why when it was not checked or the machine was busy.
 *
 * @param numeric whether it is a {@code require=} clause (measured is a number) rather than a {@code check=}
 */
public record ClaimResult(String claim, boolean numeric, String measured, String scaledBound, ClaimState state, String note) {

    public ClaimResult withState(ClaimState newState, String newNote) {
        return new ClaimResult(claim, numeric, measured, scaledBound, newState, newNote);
    }
}
