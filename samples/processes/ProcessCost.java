// What it costs to start (and end) a platform thread, a virtual thread, a small native
// process and a JVM, and how much memory each one holds while it is alive.
// Memory: proportional set size (PSS, from /proc on Linux; elsewhere `ps` gives the resident
// set size), and, for virtual threads, whose stacks live on the heap, live-heap growth.
import java.nio.file.*;
import java.util.concurrent.locks.LockSupport;

static volatile boolean released;

void main(String[] args) throws Exception {
    if (args.length > 0) {                     // the child JVM's role: exit at once, or
        if (args[0].equals("wait")) {          // say "ready" and wait for the end of stdin
            IO.println("ready");
            System.in.readAllBytes();          // returns at end of input
        }
        return;
    }
    // Memory first, while this JVM has started no threads of its own.
    double platformMem = threadMemory(500, Thread.ofPlatform(), this::ownKiB);   // native stacks
    double virtualMem = threadMemory(10_000, Thread.ofVirtual(), this::heapKiB); // heap stacks
    double nativeMem = childMemory(List.of("cat")), jvmMem = childMemory(childJvm("wait"));

    // Start and end one at a time: start it, wait for it to end, take the time. The four
    // kinds take turns, round after round, so that a change in the machine's load hits
    // every kind alike; the first round warms up and is not counted.
    List<String> jvm = childJvm("exit");
    Starter[] kinds = {
        () -> Thread.ofPlatform().start(() -> {}),
        () -> Thread.ofVirtual().start(() -> {}),
        () -> new ProcessBuilder("true").start(),                       // POSIX true
        () -> new ProcessBuilder(jvm).start() };
    int[] perRound = {100, 500, 10, 1};
    List<List<Long>> nanos = List.of(new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round <= 5; round++)
        for (int k = 0; k < kinds.length; k++)
            for (int i = 0; i < perRound[k]; i++) {
                long t0 = System.nanoTime();
                Object started = kinds[k].start();
                if (started instanceof Thread t) t.join(); else ((Process) started).waitFor();
                if (round > 0) nanos.get(k).add(System.nanoTime() - t0);
            }
    double[] t = nanos.stream().mapToDouble(l -> median(l) / 1e3).toArray();   // µs

    IO.println("| what | start and end, median (µs) | timed | memory while alive (KiB) |");
    IO.println("|---|---|---|---|");
    row("platform thread", t[0], nanos.get(0).size(), platformMem);
    row("virtual thread", t[1], nanos.get(1).size(), virtualMem);
    row("native process", t[2], nanos.get(2).size(), nativeMem);
    row("JVM", t[3], nanos.get(3).size(), jvmMem);
    System.out.printf("JVM / native process, start: %.1f x%n", t[3] / t[2]);
    System.out.printf("native process / platform thread, start: %.1f x%n", t[2] / t[0]);
    System.out.printf("platform thread / virtual thread, start: %.1f x%n", t[0] / t[1]);
    System.out.printf("JVM / native process, memory: %.1f x%n", jvmMem / nativeMem);
    System.out.printf("native process / platform thread, memory: %.1f x%n",
            nativeMem / platformMem);
    System.out.printf("platform thread / virtual thread, memory: %.1f x%n",
            platformMem / virtualMem);
}

interface Starter { Object start() throws Exception; }             // a Thread or a Process

double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
}

// Growth of this JVM's memory per thread, measured once all n threads are parked.
double threadMemory(int n, Thread.Builder builder, Meter meter) throws Exception {
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

double ownKiB() throws Exception { return memoryKiB(ProcessHandle.current().pid()); }

double heapKiB() {                            // live heap: collect the garbage first
    System.gc();
    return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024.0;
}

// Memory of a child that has answered one line (so it is up and running).
long childMemory(List<String> command) throws Exception {
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
long memoryKiB(long pid) throws Exception {
    Path rollup = Path.of("/proc", String.valueOf(pid), "smaps_rollup");
    if (Files.exists(rollup))
        for (String line : Files.readAllLines(rollup))
            if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("\\D", ""));
    Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).start();
    String rss = new String(ps.getInputStream().readAllBytes()).strip();
    ps.waitFor();
    return Long.parseLong(rss);
}

void row(String what, double micros, int timed, double kib) {
    System.out.printf("| %s | %.1f | %d | %.1f |%n", what, micros, timed, kib);
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
