package measured.outcome;

/**
 * The machine a result was measured on, as the runner found it: the cores available to a sample (what
 * {@code Runtime.availableProcessors()} reports inside it: affinity and container limits included), the
 * physical cores among them where the operating system tells (0 when it does not), the CPU model, the
 * operating system and the architecture.
 */
public record Machine(int cores, int physicalCores, String cpu, String os, String arch) {

    public Machine {
        if (cores < 1) {
            throw new IllegalArgumentException("a machine has at least one core: " + cores);
        }
    }

    /** Whether the operating system said how many physical cores there are. */
    public boolean knowsPhysicalCores() {
        return physicalCores > 0;
    }
}
