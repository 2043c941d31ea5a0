package measured.measure;

import measured.outcome.Machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numeric claim on a reported number: {@code <label> <op> <bound> [unit] [when <need> and …]}, such as
 * {@code speed-up >= 1.6}, {@code sequential < 10 s}, {@code speed-up >= 0.7 * physical-cores} (a bound that
 * scales with the machine) or {@code speed-up >= 1.3 when physical-cores >= 2} (a claim that needs such a
 * machine and does not apply on others). A unit, when given, must be the reported one.
 */
public record Requirement(String label, Comparison comparison, NumberText bound, Optional<MachineFact> scale,
                          String unit, List<MachineCondition> needs) {

    static final String SYNTAX = "'<label> <op> <number>' (op is one of < <= > >= ==; the number may be followed by"
            + " a unit, or by '* cores' or '* physical-cores' to scale with the machine; 'when cores >= 2' or"
            + " 'when physical-cores >= 2' may end the clause), several separated by ';',"
            + " e.g. require=\"speed-up >= 1.6; lost updates > 0\"";

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(?<label>\\p{L}[^<>=!;:|]*?)\\s*(?<op><=|>=|==|<|>)\\s*(?<number>" + NumberText.SYNTAX + ")"
                    + "(?:\\s*[*×]\\s*(?<scale>[a-z-]+))?"
                    + "(?:\\s*(?<unit>[^\\s\\d.,:|+\\-;*×][^\\s|;]*))?\\s*");
    private static final Pattern NEED = Pattern.compile(
            "\\s*(?<fact>[a-z-]+)\\s*(?<op><=|>=|==|<|>)\\s*(?<value>\\d+)\\s*");
    private static final Pattern WHEN = Pattern.compile("\\s+when\\s+");
    /** What comes before the last comparison sign that is followed by a number: the label as written. */
    private static final Pattern LABEL_BEFORE_OPERATOR = Pattern.compile("(.*?)\\s*(?:<=|>=|==|<|>)\\s*[-+]?\\d[^<>=]*$");

    public Requirement {
        needs = List.copyOf(needs);
    }

    /** How a claim came out on one run (or a measurement's medians) on one machine. */
    public enum Result { HELD, FAILED, NOT_APPLICABLE }

    /**
     * The claim checked on reported numbers: its result, the number it was checked on, the bound on this
     * machine, and either why it failed (worded for the author) or why it does not apply here.
     */
    public record Evaluation(Result result, Optional<MeasuredNumber> measured, double boundHere, Optional<String> message) {
    }

    /** Reads one clause (no {@code ;}); a malformed clause is an error that shows the syntax. */
    public static Requirement parse(String clause) {
        String[] parts = WHEN.split(clause.strip(), 2);
        Matcher m = CLAUSE.matcher(parts[0]);
        if (!m.matches() || m.group("label").strip().endsWith(" when")) {
            throw new MeasureException("require: cannot read '" + clause.strip() + "'" + hint(clause) + "; write " + SYNTAX);
        }
        NumberText bound = NumberText.parse(m.group("number")).orElseThrow(
                () -> new MeasureException("require: '" + m.group("number") + "' is not a finite number"));
        Optional<MachineFact> scale = Optional.ofNullable(m.group("scale")).map(word -> MachineFact.ofWord(word)
                .orElseThrow(() -> new MeasureException("require: '" + clause.strip() + "' scales with '" + word
                        + "', which is not a machine fact; write '* cores' or '* physical-cores'")));
        List<MachineCondition> needs = parts.length == 2 ? needs(parts[1], clause) : List.of();
        return new Requirement(m.group("label"), Comparison.ofSymbol(m.group("op")).orElseThrow(), bound, scale,
                m.group("unit") == null ? "" : m.group("unit"), needs);
    }

    private static List<MachineCondition> needs(String text, String clause) {
        List<MachineCondition> needs = new ArrayList<>();
        for (String part : text.split("\\s+and\\s+")) {
            Matcher need = NEED.matcher(part);
            Optional<MachineFact> fact = need.matches() ? MachineFact.ofWord(need.group("fact")) : Optional.empty();
            if (fact.isEmpty()) {
                throw new MeasureException("require: '" + clause.strip() + "': cannot read the machine it needs, '"
                        + part.strip() + "'; write 'when cores >= 2' or 'when physical-cores >= 2' (join several with 'and')");
            }
            needs.add(new MachineCondition(fact.get(), Comparison.ofSymbol(need.group("op")).orElseThrow(),
                    Integer.parseInt(need.group("value"))));
        }
        return needs;
    }

    /** The bound on that machine: as written, or scaled by its cores. */
    public Optional<Double> boundOn(Machine machine) {
        if (scale.isEmpty()) {
            return Optional.of(bound.value());
        }
        return scale.get().of(machine).map(count -> bound.value() * count);
    }

    /**
     * Checks this claim against the numbers a run or a measurement reported on a machine; a failure names
     * the label, the value measured (the median when there were several runs) and the bound.
     */
    public Evaluation evaluate(List<MeasuredNumber> reported, Machine machine) {
        for (MachineCondition need : needs) {
            Optional<String> unmet = need.unmetOn(machine);
            if (unmet.isPresent()) {
                return new Evaluation(Result.NOT_APPLICABLE, find(reported), Double.NaN, unmet);
            }
        }
        Optional<Double> here = boundOn(machine);
        if (here.isEmpty()) {
            return new Evaluation(Result.NOT_APPLICABLE, find(reported), Double.NaN, Optional.of("scales with "
                    + scale.orElseThrow().word() + ", which the machine that measured it did not report"));
        }
        Optional<MeasuredNumber> found = find(reported);
        if (found.isEmpty()) {
            return new Evaluation(Result.FAILED, found, here.get(), Optional.of(unknownLabel(reported)));
        }
        MeasuredNumber number = found.get();
        if (!unit.isEmpty() && !unit.equals(number.unit())) {
            return new Evaluation(Result.FAILED, found, here.get(), Optional.of("require: '" + label + "' is reported in "
                    + (number.unit().isEmpty() ? "no unit" : "'" + number.unit() + "'") + " but the requirement says '"
                    + unit + "'; write the bound in the reported unit, or leave the unit out"));
        }
        if (comparison.holds(number.median(), here.get())) {
            return new Evaluation(Result.HELD, found, here.get(), Optional.empty());
        }
        String runs = number.runs() == 1 ? "" : " (median of " + number.runs() + " runs)";
        return new Evaluation(Result.FAILED, found, here.get(), Optional.of("require failed: " + label + " = "
                + number.formatWithUnit(number.median()) + runs + ", needs " + describeBound(machine)));
    }

    /** The claim's right-hand side on a machine: {@code >= 1.6}, {@code >= 1.4 (0.7 × cores)}. */
    public String describeBound(Machine machine) {
        String written = bound.format() + scale.map(s -> " × " + s.word()).orElse("");
        if (scale.isEmpty()) {
            return comparison.symbol() + " " + written + (unit.isEmpty() ? "" : " " + unit);
        }
        return comparison.symbol() + " " + boundOn(machine).map(v -> bound.style().format(v) + " (" + written + ")")
                .orElse(written) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The clause as written, normalised: {@code speed-up >= 0.7 × cores when physical-cores >= 2}. */
    @Override
    public String toString() {
        String needsText = needs.isEmpty() ? "" : " when " + String.join(" and ", needs.stream().map(MachineCondition::toString).toList());
        return label + " " + comparison.symbol() + " " + bound.format() + scale.map(s -> " × " + s.word()).orElse("")
                + (unit.isEmpty() ? "" : " " + unit) + needsText;
    }

    private Optional<MeasuredNumber> find(List<MeasuredNumber> reported) {
        return reported.stream().filter(n -> n.label().equals(label)).findFirst();
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
        if (!clause.isBlank() && !Character.isLetter(clause.strip().codePointAt(0))) {
            return " (a label starts with a letter: report the number under such a label)";
        }
        if (!clause.matches(".*[<>=].*")) {
            return " (it compares nothing: ';' separates clauses, so a label cannot contain ';')";
        }
        Matcher label = LABEL_BEFORE_OPERATOR.matcher(clause.strip());
        if (label.lookingAt() && label.group(1).matches(".*[:;|!].*")) {
            return " (a label cannot contain : ; | ! or a comparison sign: report the number under a label"
                    + " without them, e.g. 'ratio a to b: 1.2')";
        }
        if (clause.strip().matches("[^<>=]*[<>]=?\\s*[^<>=\\d\\s][^<>=\\d]*[<>]=?.*")) {
            return " (one comparison per clause, and a label cannot contain < or >: write two clauses separated by ';'"
                    + " or rename the label)";
        }
        return "";
    }
}
