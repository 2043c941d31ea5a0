// Prints the machine and JVM this program runs on: what every stamp on the site summarises.
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

void main() throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var runtime = ManagementFactory.getRuntimeMXBean();
    IO.println("CPU model:  " + cpuModel());
    IO.println("cores:      " + Runtime.getRuntime().availableProcessors());
    IO.println("memory:     " + os.getTotalMemorySize() / (1 << 20) + " MiB");
    IO.println("OS:         " + System.getProperty("os.name") + " " + System.getProperty("os.version")
            + " (" + System.getProperty("os.arch") + ")");
    IO.println("JDK:        " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
    IO.println("JVM:        " + System.getProperty("java.vm.name"));
    IO.println("JVM flags:  " + (runtime.getInputArguments().isEmpty() ? "(none: the defaults)" : runtime.getInputArguments()));
    IO.println("max heap:   " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB (default: a quarter of memory)");
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
