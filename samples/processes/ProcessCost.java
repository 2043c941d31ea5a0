// What it costs to start (and end) a platform thread, a virtual thread, a small native
// process and a JVM, and how much memory each one holds while it is alive.
// Memory: resident set size (from /proc on Linux, `ps` elsewhere; POSIX only) and, for
// virtual threads, whose stacks live on the heap, heap growth.
import java.nio.file.*;
import java.util.concurrent.CountDownLatch;

void main(String[] args) throws Exception {
    if (args.length > 0) {                     // the child JVM's role: exit at once, or
        if (args[0].equals("wait")) {          // say "ready" and wait for the end of stdin
            IO.println("ready");
            System.in.readAllBytes();          // returns at end of input
        }
        return;
    }
    List<String> jvm = childJvm("exit");
    startTimes(jvm, 4);                        // warm-up: a quarter as long (no JVM), not shown
    double[] t = startTimes(jvm, 1);           // platform, virtual, native process, JVM

    double platformMem = threadMemory(500, Thread.ofPlatform(), this::residentKiB); // native stacks
    double virtualMem = threadMemory(10000, Thread.ofVirtual(), this::heapKiB);    // heap stacks
    double nativeMem = childMemory(List.of("cat")), jvmMem = childMemory(childJvm("wait"));
    IO.println("| what | start and end (µs) | memory while alive (KiB) |");
    IO.println("|---|---|---|");
    row("platform thread", t[0], platformMem);
    row("virtual thread", t[1], virtualMem);
    row("native process", t[2], nativeMem);
    row("JVM", t[3], jvmMem);
    System.out.printf("JVM / native process, start: %.0f x%n", t[3] / t[2]);
    System.out.printf("native process / platform thread, start: %.0f x%n", t[2] / t[0]);
    System.out.printf("platform thread / virtual thread, start: %.1f x%n", t[0] / t[1]);
    System.out.printf("JVM / native process, memory: %.0f x%n", jvmMem / nativeMem);
    System.out.printf("native process / platform thread, memory: %.0f x%n",
            nativeMem / platformMem);
    System.out.printf("platform thread / virtual thread, memory: %.0f x%n",
            platformMem / virtualMem);
}

// Average time per start when n are started and then waited for; each kind on its own.
double[] startTimes(List<String> jvm, int divisor) throws Exception {
    return new double[] {
        micros(1000 / divisor, () -> Thread.ofPlatform().start(() -> {})),
        micros(10000 / divisor, () -> Thread.ofVirtual().start(() -> {})),
        micros(20 / divisor, () -> new ProcessBuilder("true").start()),        // POSIX true
        micros(3 / divisor, () -> new ProcessBuilder(jvm).start()) };
}

interface Starter { Object start() throws Exception; }             // a Thread or a Process

double micros(int n, Starter starter) throws Exception {
    long t0 = System.nanoTime();
    List<Object> started = new ArrayList<>();
    for (int i = 0; i < n; i++) started.add(starter.start());
    for (Object o : started) {
        if (o instanceof Thread t) t.join(); else ((Process) o).waitFor();
    }
    return (System.nanoTime() - t0) / 1e3 / n;
}

// Growth of this JVM's memory per thread, with n threads alive and parked.
double threadMemory(int n, Thread.Builder builder, Meter meter) throws Exception {
    var release = new CountDownLatch(1);
    double before = meter.kib();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) threads.add(builder.start(() -> {
        try { release.await(); } catch (InterruptedException e) { }
    }));
    double after = meter.kib();
    release.countDown();
    for (Thread t : threads) t.join();
    return (after - before) / n;
}

interface Meter { double kib() throws Exception; }

double residentKiB() throws Exception { return rssKiB(ProcessHandle.current().pid()); }

double heapKiB() {                            // live heap: collect the garbage first
    System.gc();
    return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024.0;
}

// Resident memory of a child that has answered one line (so it is up and running).
long childMemory(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).start();
    p.outputWriter().write("ready\n");
    p.outputWriter().flush();                  // cat echoes it; the JVM child says it itself
    p.inputReader().readLine();
    long kib = rssKiB(p.pid());
    p.outputWriter().close();                  // end of input: both children exit
    p.waitFor();
    return kib;
}

long rssKiB(long pid) throws Exception {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    if (Files.exists(status))
        for (String line : Files.readAllLines(status))
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
    Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).start();
    return Long.parseLong(new String(ps.getInputStream().readAllBytes()).strip());
}

void row(String what, double micros, double kib) {
    System.out.printf("| %s | %.1f | %.1f |%n", what, micros, kib);
}

// The command that starts this program again as a child JVM. Its classes are copied to a
// temporary directory, so this works under `java X.java` (classes only in memory) and from
// compiled classes alike.
List<String> childJvm(String... args) throws Exception {
    Path dir = Files.createTempDirectory("child-jvm");
    dir.toFile().deleteOnExit();
    for (Class<?> c : getClass().getNestMembers()) {
        Path file = dir.resolve(c.getName() + ".class");
        try (var in = c.getResourceAsStream("/" + c.getName() + ".class")) { Files.copy(in, file); }
        file.toFile().deleteOnExit();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var cmd = new ArrayList<>(List.of(java, "-cp", dir.toString(), getClass().getName()));
    cmd.addAll(List.of(args));
    return cmd;
}
