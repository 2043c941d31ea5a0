package measured.verify;

/**
 * One claim as a reader sees it beside the output: what was claimed ({@code efficiency >= 0.7}, {@code output
 * contains "done"}), what this run measured ({@code 0.93}, or the matching line), and whether it held.
 */
public record ClaimResult(String claim, String measured, ClaimState state) {
}
