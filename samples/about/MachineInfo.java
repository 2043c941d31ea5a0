// Prints the machine and JVM this program runs on: what every stamp on the site summarises.
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;

void main() throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean();
    var flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
    IO.println("CPU model:  " + cpuModel());
    // What the JVM may use: affinity and a container's CPU limit count; a hyperthread is one.
    IO.println("cores:      " + Runtime.getRuntime().availableProcessors());
    IO.println("physical:   " + physicalCores() + " cores in the machine (hyperthreads count once)");
    IO.println("memory:     " + os.getTotalMemorySize() / (1 << 20) + " MiB");
    IO.println("OS:         " + System.getProperty("os.name") + " "
            + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
    IO.println("JDK:        " + System.getProperty("java.vendor") + " "
            + System.getProperty("java.runtime.version"));
    IO.println("JVM:        " + System.getProperty("java.vm.name"));
    IO.println("JVM flags:  " + (flags.isEmpty() ? "(none: the defaults)" : flags));
    boolean heapSet = flags.stream().anyMatch(f -> f.startsWith("-Xmx") || f.contains("HeapSize"));
    IO.println("max heap:   " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB"
            + (heapSet ? " (set by a flag)" : " (the default: a quarter of memory)"));
    IO.println("GC:         " + ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).toList());
    IO.println("date:       " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
}

/** Linux names the CPU in /proc/cpuinfo; elsewhere the JDK has no portable way to ask. */
String cpuModel() throws Exception {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
        return "(not available on " + System.getProperty("os.name") + ")";
    }
    return Files.readAllLines(cpuinfo).stream()
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).strip())
            .findFirst().orElse("(not named by this system)");
}

/**
 * Linux describes each CPU's place in /sys: hyperthreads of one core share a package and core id.
 * Counts the distinct pairs; 0 where the system does not say.
 */
int physicalCores() throws Exception {
    Path cpus = Path.of("/sys/devices/system/cpu");
    if (!Files.isDirectory(cpus)) return 0;
    var cores = new HashSet<String>();
    try (var dirs = Files.list(cpus)) {
        for (Path cpu : dirs.filter(d -> d.getFileName().toString().matches("cpu\\d+")).toList()) {
            Path topology = cpu.resolve("topology");
            if (!Files.isReadable(topology.resolve("core_id"))) continue;
            cores.add(Files.readString(topology.resolve("physical_package_id")).strip() + ":"
                    + Files.readString(topology.resolve("core_id")).strip());
        }
    }
    return cores.size();
}
