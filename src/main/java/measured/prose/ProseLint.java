package measured.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lint's two rules. A sentence may not mark itself "(checked)" or "(verified)": the build shows what it
 * checked beside each output. And on a page that runs samples, a measured-looking number — a time, a size, a
 * rate, a percentage or a ratio ({@code 75 ms}, {@code 40 MB}, {@code 90 %}, {@code 3×}, {@code 1.6 times}) —
 * may not be typed by hand unless it is one of the samples' inputs (a literal in their source: a sleep, a
 * thread count); it comes from the run with {@code value:} or {@code bound:}, or is marked as a given. So does
 * a threshold typed beside a comparison ("at least 0.7"), which belongs in a {@code require=} clause.
 */
public final class ProseLint {

    /**
     * A hand-typed verdict: "(checked)", "(also checked)", "(verified)", "(checked at 400 tasks)" — a parenthesis
     * that opens or closes with the word, so that "(a checked exception)" is prose.
     */
    private static final Pattern CHECKED = Pattern.compile(
            "\\((?:also |both |all )?(?:checked|verified)\\b[^()]*\\)|\\([^()]*\\s(?:checked|verified)\\)",
            Pattern.CASE_INSENSITIVE);
    /** A threshold typed beside a comparison: "at least 0.7", "above 1.3", "≥ 0.85" (a bare decimal, no unit). */
    private static final Pattern THRESHOLD = Pattern.compile(
            "(?:at least|at most|no less than|no more than|more than|less than|above|below|over|under|≥|≤|>=|<=)"
                    + "\\s+(?<number>\\d+\\.\\d+)(?![\\w.%×])", Pattern.CASE_INSENSITIVE);

    private static final String UNITS = String.join("|",
            // times
            "ns", "µs", "μs", "us", "ms", "s", "secs?", "seconds?", "min", "minutes?", "h", "hours?",
            "nanoseconds?", "microseconds?", "milliseconds?",
            // sizes
            "B", "bytes?", "[kK]B", "KiB", "MB", "MiB", "GB", "GiB", "TB",
            // rates and shares
            "ops/s", "op/s", "req/s", "requests/s", "/s", "per second", "%", "percent",
            // ratios
            "×", "x", "times");
    private static final Pattern MEASURED = Pattern.compile(
            "(?<![\\w.,/-])(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:_\\d+)*(?:\\.\\d+)?)[ \\u00a0\\u202f]?"
                    + "(?<unit>" + UNITS + ")(?![\\w/])");

    private ProseLint() {
    }

    /** One thing typed by hand: the text as written and what to do about it. */
    public record Finding(String text, String message) {
    }

    /**
     * The findings in one piece of prose.
     *
     * @param runsSamples whether the page runs a sample or a JShell block (numbers are only linted there)
     * @param inputs      the numeric literals of the page's samples and JShell blocks
     * @param references  the references prose could use instead, for the message
     */
    public static List<Finding> check(String source, boolean runsSamples, Set<Double> inputs, List<String> references) {
        String text = ProseText.of(source);
        List<Finding> findings = new ArrayList<>();
        Matcher checked = CHECKED.matcher(text);
        while (checked.find()) {
            findings.add(new Finding(checked.group(), "\"" + checked.group() + "\" is typed by hand: the build shows beside"
                    + " each output every claim it checked (one for each check= and require= clause); state the claim in"
                    + " check= or require= on the sample and delete \"" + checked.group() + "\""));
        }
        if (!runsSamples) {
            return findings;
        }
        Matcher threshold = THRESHOLD.matcher(text);
        while (threshold.find()) {
            if (!inputs.contains(value(threshold.group("number")))) {
                findings.add(new Finding(threshold.group(), "\"" + threshold.group() + "\" types a threshold by hand: write"
                        + " it once, in require=, and refer to it with bound:<sample>[<label>]; if it is not a claim of"
                        + " this page's run, write [.given]#" + threshold.group("number") + "#"));
            }
        }
        Matcher measured = MEASURED.matcher(text);
        while (measured.find()) {
            if (inputs.contains(value(measured.group("number")))) {
                continue;
            }
            findings.add(new Finding(measured.group(), "\"" + measured.group() + "\" looks measured but is typed by hand: take it"
                    + " from the run with " + suggest(references) + ", or a require= bound with bound:<sample>[<label>];"
                    + " if it is not a measurement of this page (an input, a hypothetical, a figure from a cited"
                    + " source), write [.given]#" + measured.group() + "#"));
        }
        return findings;
    }

    /** The value of a number as prose writes it (commas and underscores grouping digits). */
    static double value(String number) {
        return Double.parseDouble(number.replace(",", "").replace("_", ""));
    }

    private static String suggest(List<String> references) {
        if (references.isEmpty()) {
            return "value:<sample>[<label>] (the page's samples report no number yet: print it as 'label: value unit')";
        }
        List<String> shown = references.subList(0, Math.min(6, references.size()));
        return String.join(" or ", shown) + (references.size() > shown.size() ? " (or another of the "
                + references.size() + " numbers this page's samples report)" : "");
    }
}
