package measured.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of one {@code require="…"} attribute, checked on one run's reported numbers or on the
 * medians of a measurement.
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
    public List<String> failures(Measurement measurement) {
        return failures(measurement.numbers());
    }

    /** The failure messages, one per claim that does not hold on one run's reported numbers; empty when all hold. */
    public List<String> failures(Report report) {
        return failures(report.numbers().stream().map(MeasuredNumber::of).toList());
    }

    public List<String> failures(List<MeasuredNumber> reported) {
        return all.stream().flatMap(r -> r.failure(reported).stream()).toList();
    }
}
