package measured.machine;

import measured.outcome.Machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds out what machine the build runs on, for the stamp and the claims of every result: the cores a sample
 * can use (as the JVM counts them: affinity and container limits included), the physical cores among the
 * CPUs it may run on (Linux: the CPU topology in sysfs; macOS: {@code sysctl hw.physicalcpu}), and the CPU model.
 * What the operating system does not tell is left unknown (0 physical cores, an empty model), never guessed.
 */
public final class MachineProbe {

    private final Path proc;
    private final Path sys;
    private final int cores;

    /** This machine as a sample sees it. */
    public MachineProbe() {
        this(Path.of("/proc"), Path.of("/sys"), Runtime.getRuntime().availableProcessors());
    }

    /** A probe reading another /proc and /sys (tests give it a made-up machine). */
    public MachineProbe(Path proc, Path sys, int cores) {
        this.proc = proc;
        this.sys = sys;
        this.cores = cores;
    }

    public Machine machine() {
        boolean mac = System.getProperty("os.name").startsWith("Mac");
        int physical = mac ? sysctl("hw.physicalcpu").map(MachineProbe::parseInt).orElse(0) : physicalCores();
        String cpu = mac ? sysctl("machdep.cpu.brand_string").orElse("") : cpuModel();
        double quota = mac ? 0 : CpuQuota.of(proc, sys).filter(q -> q < cores).orElse(0.0);
        return new Machine(cores, Math.min(physical, cores), cpu,
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"), quota);
    }

    /**
     * The distinct physical cores (package and core id) among the CPUs this process may run on; 0 when the
     * topology is not readable. A container's CPU quota can allow fewer cores than that: the caller caps it.
     */
    int physicalCores() {
        Optional<Set<Integer>> allowed = allowedCpus();
        if (allowed.isEmpty()) {
            return 0;
        }
        Set<String> physical = new HashSet<>();
        for (int cpu : allowed.get()) {
            Path topology = sys.resolve("devices/system/cpu/cpu" + cpu + "/topology");
            Optional<String> core = read(topology.resolve("core_id"));
            Optional<String> socket = read(topology.resolve("physical_package_id"));
            if (core.isEmpty() || socket.isEmpty()) {
                return 0;
            }
            physical.add(socket.get().strip() + ":" + core.get().strip());
        }
        return physical.size();
    }

    /** The CPUs of {@code Cpus_allowed_list} in /proc/self/status (affinity), e.g. "0-3,8". */
    Optional<Set<Integer>> allowedCpus() {
        return read(proc.resolve("self/status")).flatMap(status -> status.lines()
                .filter(line -> line.startsWith("Cpus_allowed_list:"))
                .findFirst()
                .flatMap(line -> CpuList.parse(line.substring(line.indexOf(':') + 1).strip())));
    }

    /** The model name of the first CPU in /proc/cpuinfo (x86: "model name"; some ARM kernels: "Model"). */
    String cpuModel() {
        return read(proc.resolve("cpuinfo")).flatMap(info -> info.lines()
                .filter(line -> line.startsWith("model name") || line.startsWith("Model"))
                .findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip())).orElse("");
    }

    private static Optional<String> sysctl(String name) {
        try {
            Process process = new ProcessBuilder(List.of("sysctl", "-n", name)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String value = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0 && !value.isEmpty()
                    ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
