package measured.measure;

import measured.outcome.Machine;

import java.util.Arrays;
import java.util.Optional;

/**
 * A fact about the machine a claim may scale with or depend on: {@code cores} (what the sample could use) or
 * {@code physical-cores} (the physical cores among them; hyperthreads of one core count once, and a container's
 * CPU quota caps them at its whole cores).
 */
public enum MachineFact {
    CORES("cores"),
    PHYSICAL_CORES("physical-cores");

    private final String word;

    MachineFact(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<MachineFact> ofWord(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    /** The fact's value on that machine; empty when the machine did not say (physical cores on some systems). */
    public Optional<Integer> of(Machine machine) {
        return switch (this) {
            case CORES -> Optional.of(machine.cores());
            // A quota of 1.2 cores runs no two threads at full speed: it counts as one physical core.
            case PHYSICAL_CORES -> machine.knowsPhysicalCores()
                    ? Optional.of(machine.hasCpuQuota() ? Math.min(machine.physicalCores(), Math.max(1, (int) machine.cpuQuota()))
                    : machine.physicalCores())
                    : Optional.empty();
        };
    }

    /** "2 cores", "1 physical core": as a reason reads. */
    String count(int value) {
        String noun = this == CORES ? "core" : "physical core";
        return value + " " + noun + (value == 1 ? "" : "s");
    }
}
