package measured.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Measures how much CPU time the rest of the machine used while something ran: the machine's busy time
 * (/proc/stat) minus the build JVM's own and that of the children it waited for (/proc/self/stat: a sample's
 * process tree once it has ended). Exact for a measurement, which runs alone; for samples run side by side it
 * includes neighbours still running. Where /proc is missing (macOS, Windows) the load is unknown.
 */
public final class LoadMeter {

    /** Linux reports /proc times in USER_HZ ticks, which is 100 on every architecture Linux ships. */
    private static final double TICKS_PER_SECOND = 100;

    private final Path proc;

    public LoadMeter() {
        this(Path.of("/proc"));
    }

    public LoadMeter(Path proc) {
        this.proc = proc;
    }

    /** A reading to compare with a later one; empty where the platform has no /proc. */
    public Optional<Reading> read() {
        try {
            String machine = Files.readString(proc.resolve("stat")).lines().findFirst().orElse("");
            String self = Files.readString(proc.resolve("self/stat"));
            return Optional.of(new Reading(busyTicks(machine), ownTicks(self), System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The average number of cores other processes kept busy between two readings; empty when either reading
     * is missing or no time passed.
     */
    public static Optional<Double> otherLoad(Optional<Reading> before, Optional<Reading> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Duration wall = Duration.ofNanos(after.get().nanoTime() - before.get().nanoTime());
        if (wall.isZero() || wall.isNegative()) {
            return Optional.empty();
        }
        long others = (after.get().machineBusy() - before.get().machineBusy()) - (after.get().own() - before.get().own());
        return Optional.of(Math.max(0, others / TICKS_PER_SECOND / (wall.toNanos() / 1e9)));
    }

    /** user + nice + system + irq + softirq + steal of the aggregate "cpu" line (guest time is inside user). */
    static long busyTicks(String cpuLine) {
        String[] fields = cpuLine.strip().split("\\s+");
        if (!fields[0].equals("cpu")) {
            throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + cpuLine);
        }
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += field < fields.length ? Long.parseLong(fields[field]) : 0;
        }
        return busy;
    }

    /** utime + stime + cutime + cstime of /proc/self/stat: this JVM and the children it has waited for. */
    static long ownTicks(String selfStat) {
        // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
        String[] fields = selfStat.substring(selfStat.lastIndexOf(')') + 2).strip().split("\\s+");
        // fields[0] is field 3 (state); utime..cstime are fields 14..17.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    /** The machine's busy ticks, this process's own and its waited-for children's ticks, and when. */
    public record Reading(long machineBusy, long own, long nanoTime) {
    }
}
