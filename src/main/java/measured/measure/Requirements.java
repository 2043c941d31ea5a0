package measured.measure;

import measured.outcome.Machine;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of one {@code require="…"} attribute, checked on one run's reported numbers or on the
 * medians of a measurement, on the machine that measured them.
 */
public record Requirements(List<Requirement> all) {

    public Requirements {
        all = List.copyOf(all);
    }

    /** Reads {@code label op number; …}; empty clauses (a trailing {@code ;}) are ignored, an empty whole is an error. */
    public static Requirements parse(String attribute) {
        List<Requirement> requirements = new ArrayList<>();
        for (String clause : attribute.split(";")) {
            if (!clause.isBlank()) {
                requirements.add(Requirement.parse(clause));
            }
        }
        if (requirements.isEmpty()) {
            throw new MeasureException("require is empty; write " + Requirement.SYNTAX);
        }
        return new Requirements(requirements);
    }

    /** The failure messages, one per claim that does not hold on the measurement's medians; empty when all hold. */
    public List<String> failures(Measurement measurement, Machine machine) {
        return failures(measurement.numbers(), machine);
    }

    /** The failure messages, one per claim that does not hold on one run's reported numbers; empty when all hold. */
    public List<String> failures(Report report, Machine machine) {
        return failures(report.numbers().stream().map(MeasuredNumber::of).toList(), machine);
    }

    public List<String> failures(List<MeasuredNumber> reported, Machine machine) {
        return all.stream().map(r -> r.evaluate(reported, machine))
                .filter(e -> e.result() == Requirement.Result.FAILED)
                .flatMap(e -> e.message().stream()).toList();
    }

}
