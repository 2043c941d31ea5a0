package measured.measure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numeric claim on a reported number, written {@code <label> <op> <number> [unit]}, such as
 * {@code speed-up >= 1.6} or {@code sequential < 10 s}; a unit, when given, must be the reported one.
 */
public record Requirement(String label, Comparison comparison, NumberText bound, String unit) {

    static final String SYNTAX = "'<label> <op> <number>' (op is one of < <= > >= ==, an optional unit may follow"
            + " the number), several separated by ';', e.g. require=\"speed-up >= 1.6; lost updates > 0\"";

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(?<label>\\p{L}[^<>=!;:|]*?)\\s*(?<op><=|>=|==|<|>)\\s*(?<number>" + NumberText.SYNTAX + ")"
                    + "(?:\\s*(?<unit>[^\\s\\d.,:|+\\-;][^\\s|;]*))?\\s*");

    /** Reads one clause (no {@code ;}); a malformed clause is an error that shows the syntax. */
    public static Requirement parse(String clause) {
        Matcher m = CLAUSE.matcher(clause);
        if (!m.matches()) {
            throw new MeasureException("require: cannot read '" + clause.strip() + "'" + hint(clause)
                    + "; write " + SYNTAX);
        }
        NumberText bound = NumberText.parse(m.group("number")).orElseThrow(
                () -> new MeasureException("require: '" + m.group("number") + "' is not a finite number"));
        return new Requirement(m.group("label"), Comparison.ofSymbol(m.group("op")).orElseThrow(), bound,
                m.group("unit") == null ? "" : m.group("unit"));
    }

    /**
     * Checks this claim against the numbers a run or a measurement reported; the failure message names the
     * label, the value measured (the median when there were several runs) and the bound.
     */
    public Optional<String> failure(List<MeasuredNumber> reported) {
        Optional<MeasuredNumber> found = reported.stream().filter(n -> n.label().equals(label)).findFirst();
        if (found.isEmpty()) {
            return Optional.of(unknownLabel(reported));
        }
        MeasuredNumber number = found.get();
        if (!unit.isEmpty() && !unit.equals(number.unit())) {
            return Optional.of("require: '" + label + "' is reported in "
                    + (number.unit().isEmpty() ? "no unit" : "'" + number.unit() + "'") + " but the requirement says '"
                    + unit + "'; write the bound in the reported unit, or leave the unit out");
        }
        if (comparison.holds(number.median(), bound.value())) {
            return Optional.empty();
        }
        String runs = number.runs() == 1 ? "" : " (median of " + number.runs() + " runs)";
        return Optional.of("require failed: " + label + " = " + number.formatWithUnit(number.median()) + runs
                + ", needs " + this.describeBound());
    }

    /** The claim's right-hand side as written, e.g. {@code >= 1.6}. */
    public String describeBound() {
        return comparison.symbol() + " " + bound.format() + (unit.isEmpty() ? "" : " " + unit);
    }

    @Override
    public String toString() {
        return label + " " + describeBound();
    }

    private String unknownLabel(List<MeasuredNumber> reported) {
        String message = "require: the output reports no number named '" + label + "'";
        if (reported.isEmpty()) {
            return message + "; it reports none (a reported number is an output line of its own"
                    + " 'label: value unit', e.g. 'speed-up: 1.93 x')";
        }
        List<String> labels = reported.stream().map(MeasuredNumber::label).toList();
        String near = labels.stream().filter(l -> simplified(l).equals(simplified(label))).findFirst()
                .map(l -> "; did you mean '" + l + "'?").orElse("");
        return message + near + "; it reports: " + String.join(", ", labels);
    }

    private static String simplified(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static String hint(String clause) {
        if (clause.matches("[^=<>!]*[^=<>!]=[^=].*")) {
            return " (use == to compare for equality)";
        }
        if (clause.contains("!=") || clause.contains("=>") || clause.contains("=<")) {
            return " (the operators are < <= > >= ==)";
        }
        return "";
    }
}
