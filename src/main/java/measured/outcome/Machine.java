package measured.outcome;

/**
 * The machine a result was measured on, as the runner found it: the cores available to a sample (what
 * {@code Runtime.availableProcessors()} reports inside it: affinity and container limits included), the
 * physical cores among them where the operating system tells (0 when it does not), the CPU model, the
 * operating system, the architecture, and a container's CPU quota in cores (0 when there is none; the JVM
 * rounds a quota of 1.2 up to 2 cores, though only 1.2 cores of CPU time are there).
 */
public record Machine(int cores, int physicalCores, String cpu, String os, String arch, double cpuQuota) {

    public Machine {
        if (cores < 1) {
            throw new IllegalArgumentException("a machine has at least one core: " + cores);
        }
    }

    /** A machine without a CPU quota. */
    public Machine(int cores, int physicalCores, String cpu, String os, String arch) {
        this(cores, physicalCores, cpu, os, arch, 0);
    }

    /** Whether a container limits the CPU time below the cores it may run on. */
    public boolean hasCpuQuota() {
        return cpuQuota > 0;
    }

    /** Whether the operating system said how many physical cores there are. */
    public boolean knowsPhysicalCores() {
        return physicalCores > 0;
    }
}
