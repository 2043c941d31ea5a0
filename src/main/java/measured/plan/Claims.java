package measured.plan;

import measured.measure.Requirements;
import measured.outcome.Expectation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a page claims about one block's run: how it ends ({@code expect}), a pattern its output must contain
 * ({@code check}), and numeric requirements on the numbers it reports ({@code require}).
 */
public record Claims(Expectation expect, Optional<Pattern> check, Optional<Requirements> requirements) {
}
