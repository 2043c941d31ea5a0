//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// What it costs to start (and end) a platform thread, a virtual thread, a small native
// process and a JVM, and how much memory each one holds while it is alive.
// Start and end: JMH, one benchmark per kind, each in a JVM of its own.
// Memory: proportional set size (PSS, from /proc on Linux; elsewhere `ps` gives the resident
// set size), and, for virtual threads, whose stacks live on the heap, live-heap growth.
package costs;

import java.nio.file.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

// Each call starts one and waits until it has ended: the latency of one start, not the
// throughput of a batch (which would grow with the cores that run it).
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class ProcessCost {

    static volatile boolean released;

    @Benchmark
    public void platformThread() throws InterruptedException {
        Thread.ofPlatform().start(() -> {}).join();
    }

    @Benchmark
    public void virtualThread() throws InterruptedException {
        Thread.ofVirtual().start(() -> {}).join();
    }

    @Benchmark
    public int nativeProcess() throws Exception {
        return new ProcessBuilder("true").start().waitFor();          // POSIX true
    }

    // A JVM takes tens of milliseconds to start: more iterations, so that its error means something.
    @Benchmark
    @Measurement(iterations = 10, time = 300, timeUnit = TimeUnit.MILLISECONDS)
    public int jvm() throws Exception {
        return new ProcessBuilder(childJvm("exit")).start().waitFor(); // main returns at once
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {                     // the child JVM's role: exit at once, or
            if (args[0].equals("wait")) {          // say "ready" and wait for the end of stdin
                System.out.println("ready");
                System.in.readAllBytes();          // returns at end of input
            }
            return;
        }
        // Memory first, while this JVM has started no threads of its own.
        double platformMem = threadMemory(500, Thread.ofPlatform(), ProcessCost::ownKiB); // native stacks
        double virtualMem = threadMemory(10_000, Thread.ofVirtual(), ProcessCost::heapKiB); // heap stacks
        double nativeMem = childMemory(List.of("cat")), jvmMem = childMemory(childJvm("wait"));

        var options = new OptionsBuilder().include(ProcessCost.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        var micros = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            micros.put(run.getParams().getBenchmark().replaceFirst(".*\\.", ""),
                    new double[] {run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()});
        }
        double[] platform = micros.get("platformThread"), virtual = micros.get("virtualThread");
        double[] process = micros.get("nativeProcess"), jvm = micros.get("jvm");

        System.out.println("| what | start and end (µs) | error (µs) | memory while alive (KiB) |");
        System.out.println("|---|---|---|---|");
        row("platform thread", platform, platformMem);
        row("virtual thread", virtual, virtualMem);
        row("native process", process, nativeMem);
        row("JVM", jvm, jvmMem);
        ratio("JVM / native process, start", jvm[0] / process[0]);
        ratio("native process / platform thread, start", process[0] / platform[0]);
        ratio("platform thread / virtual thread, start", platform[0] / virtual[0]);
        ratio("JVM / native process, memory", jvmMem / nativeMem);
        ratio("native process / platform thread, memory", nativeMem / platformMem);
        ratio("platform thread / virtual thread, memory", platformMem / virtualMem);
    }

    static void row(String what, double[] micros, double kib) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", what, micros[0], micros[1], kib));
    }

    static void ratio(String label, double value) {
        System.out.println(String.format(Locale.ROOT, "%s: %.1f x", label, value));
    }

    // Growth of this JVM's memory per thread, measured once all n threads are parked.
    static double threadMemory(int n, Thread.Builder builder, Meter meter) throws Exception {
        released = false;
        double before = meter.kib();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) threads.add(builder.start(() -> {
            while (!released) LockSupport.park();  // parks without allocating anything
        }));
        for (Thread t : threads)                   // a thread that has not parked yet may not
            while (t.getState() != Thread.State.WAITING) Thread.yield();   // have its stack yet
        double after = meter.kib();
        released = true;
        threads.forEach(LockSupport::unpark);
        for (Thread t : threads) t.join();
        return (after - before) / n;
    }

    interface Meter { double kib() throws Exception; }

    static double ownKiB() throws Exception { return memoryKiB(ProcessHandle.current().pid()); }

    static double heapKiB() {                            // live heap: collect the garbage first
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024.0;
    }

    // Memory of a child that has answered one line (so it is up and running).
    static long childMemory(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        p.outputWriter().write("ready\n");
        p.outputWriter().flush();                  // cat echoes it; the JVM child says it itself
        p.inputReader().readLine();
        long kib = memoryKiB(p.pid());
        p.outputWriter().close();                  // end of input: both children exit
        p.waitFor();
        return kib;
    }

    // PSS counts a process's private pages in full and its share of each shared page (the C
    // library, the JDK's class data archive), so adding up the PSS of processes gives what
    // they use together. Without /proc (macOS), `ps` reports the resident set size instead.
    static long memoryKiB(long pid) throws Exception {
        Path rollup = Path.of("/proc", String.valueOf(pid), "smaps_rollup");
        if (Files.exists(rollup))
            for (String line : Files.readAllLines(rollup))
                if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("\\D", ""));
        Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).start();
        String rss = new String(ps.getInputStream().readAllBytes()).strip();
        ps.waitFor();
        return Long.parseLong(rss);
    }

    // This program again, as a child JVM, on the class path this JVM was started with.
    static List<String> childJvm(String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProcessCost.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
