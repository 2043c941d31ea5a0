// The same CPU-bound tasks on a pool of threads and on a pool of freshly started worker
// JVMs, at three task sizes. A worker reads a task (a number of iterations) per line on
// stdin and answers with the task's result on stdout.
import java.nio.file.*;
import java.util.concurrent.*;

void main(String[] args) throws Exception {
    if (args.length > 0) { work(); return; }                    // the worker JVM's role
    int size = Math.min(4, Runtime.getRuntime().availableProcessors());
    int tasks = 2 * size;
    List<String> worker = childJvm("worker");
    try (var threads = Executors.newFixedThreadPool(size)) {
        onThreads(threads, tasks, 20_000_000);                  // warm up this JVM's JIT
        IO.println("| work per task (M iterations) | threads (ms) | worker JVMs (ms) "
                + "| workers / threads (x) |");
        IO.println("|---|---|---|---|");
        boolean same = true;
        List<Double> ratios = new ArrayList<>();
        for (long millions : new long[] {1, 20, 80}) {
            long n = millions * 1_000_000;
            long t0 = System.nanoTime();
            long a = onThreads(threads, tasks, n);
            double threadMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            long b = onWorkers(worker, size, tasks, n);         // includes starting the JVMs
            double workerMs = (System.nanoTime() - t1) / 1e6;
            same &= a == b;
            ratios.add(workerMs / threadMs);
            System.out.printf("| %d | %.0f | %.0f | %.1f |%n",
                    millions, threadMs, workerMs, workerMs / threadMs);
        }
        IO.println("same results on threads and workers: " + same);
        System.out.printf("workers / threads, smallest tasks: %.1f x%n", ratios.getFirst());
        System.out.printf("workers / threads, largest tasks: %.1f x%n", ratios.getLast());
        System.out.printf("the ratio shrank by: %.0f x%n", ratios.getFirst() / ratios.getLast());
    }
}

long onThreads(ExecutorService pool, int tasks, long n) throws Exception {
    List<Future<Long>> results = new ArrayList<>();
    for (int i = 0; i < tasks; i++) results.add(pool.submit(() -> spin(n)));
    long sum = 0;
    for (var r : results) sum += r.get();
    return sum;
}

// Start `size` worker JVMs, deal the tasks out round-robin over their stdin pipes, collect
// the answers, close stdin (the worker then exits) and wait for every worker.
long onWorkers(List<String> command, int size, int tasks, long n) throws Exception {
    List<Process> workers = new ArrayList<>();
    for (int i = 0; i < size; i++) workers.add(new ProcessBuilder(command).start());
    for (int i = 0; i < tasks; i++) {
        var w = workers.get(i % size).outputWriter();
        w.write(n + "\n");
        w.flush();
    }
    long sum = 0;
    for (Process w : workers) {
        w.outputWriter().close();                               // no more tasks
        sum += w.inputReader().lines().mapToLong(Long::parseLong).sum();
        w.waitFor();
    }
    return sum;
}

void work() throws IOException {
    var in = new BufferedReader(new InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; )
        System.out.println(spin(Long.parseLong(line)));
    System.out.flush();
}

// CPU-bound busy work: n steps of a xorshift random number generator.
static long spin(long n) {
    long x = 88172645463325252L;
    for (long i = 0; i < n; i++) { x ^= x << 13; x ^= x >>> 7; x ^= x << 17; }
    return x & 0xFFFF;
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
