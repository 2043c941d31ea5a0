package measured.measure;

import measured.outcome.Machine;

import java.util.Optional;

/**
 * What a claim needs of the machine before it can be checked, written after {@code when}: {@code cores >= 2},
 * {@code physical-cores >= 4}. On a machine without it the claim does not apply.
 */
public record MachineCondition(MachineFact fact, Comparison comparison, int value) {

    /** Why the claim does not apply on this machine, or empty when it does. */
    public Optional<String> unmetOn(Machine machine) {
        Optional<Integer> actual = fact.of(machine);
        if (actual.isEmpty()) {
            return Optional.of("needs " + this + "; the machine that measured it did not say how many "
                    + fact.word().replace('-', ' ') + " it has");
        }
        if (comparison.holds(actual.get(), value)) {
            return Optional.empty();
        }
        return Optional.of("needs " + describeNeed() + "; this build had " + fact.count(actual.get()));
    }

    private String describeNeed() {
        return switch (comparison) {
            case AT_LEAST -> fact.count(value);
            case GREATER -> "more than " + fact.count(value);
            default -> toString();
        };
    }

    @Override
    public String toString() {
        return fact.word() + " " + comparison.symbol() + " " + value;
    }
}
