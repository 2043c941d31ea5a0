// The same CPU-bound tasks on a pool of threads and on a pool of freshly started worker
// JVMs, at four task sizes; the first has no work at all, so the workers' time there is
// their start-up and the pipes alone. A worker reads a task (a number of iterations) per
// line on stdin and answers with the task's result on stdout.
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.*;
import java.util.concurrent.*;

void main(String[] args) throws Exception {
    if (args.length > 0) { work(); return; }                    // the worker JVM's role
    int size = Math.min(4, Runtime.getRuntime().availableProcessors());
    int tasks = 2 * size;
    List<String> worker = childJvm("worker");
    try (var threads = Executors.newFixedThreadPool(size)) {
        onThreads(threads, tasks, 10_000_000);                  // warm up this JVM's JIT
        onWorkers(worker, size, tasks, 0);                      // and the first worker start
        IO.println("| work per task (M iterations) | threads (ms) | worker JVMs (ms) "
                + "| workers / threads (x) |");
        IO.println("|---|---|---|---|");
        boolean same = true;
        List<Double> ratios = new ArrayList<>(), workerTimes = new ArrayList<>();
        long[] sizes = {0, 1, 5, 20};                          // 0: start-up and pipes only
        for (int s = 0; s < sizes.length; s++) {
            long n = sizes[s] * 1_000_000;
            Callable<Long> onWorkers = () -> onWorkers(worker, size, tasks, n);
            Timed workers = s % 2 == 1 ? timed(onWorkers) : null;  // the sides take turns
            // The threads' time is the median of three tries: at the small sizes one try
            // lasts only a few milliseconds.
            List<Timed> tries = new ArrayList<>();
            for (int i = 0; i < 3; i++) tries.add(timed(() -> onThreads(threads, tasks, n)));
            tries.sort(Comparator.comparingDouble(Timed::ms));
            Timed onThreads = tries.get(1);
            if (workers == null) workers = timed(onWorkers);
            same &= onThreads.result() == workers.result();
            ratios.add(workers.ms() / onThreads.ms());
            workerTimes.add(workers.ms());
            System.out.printf("| %d | %.1f | %.0f | %.1f |%n",
                    sizes[s], onThreads.ms(), workers.ms(), workers.ms() / onThreads.ms());
        }
        IO.println("same results on threads and workers: " + same);
        System.out.printf("worker JVMs, 1 M iterations / no work: %.2f x%n",
                workerTimes.get(1) / workerTimes.get(0));
        System.out.printf("workers / threads, 1 M iterations: %.1f x%n", ratios.get(1));
        System.out.printf("workers / threads, 20 M iterations: %.1f x%n", ratios.getLast());
        System.out.printf("the ratio shrank by: %.1f x%n", ratios.get(1) / ratios.getLast());
    }
}

record Timed(long result, double ms) {}

Timed timed(Callable<Long> work) throws Exception {
    long t0 = System.nanoTime();
    long result = work.call();
    return new Timed(result, (System.nanoTime() - t0) / 1e6);
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
    for (int i = 0; i < size; i++)                          // errors go to our own stderr
        workers.add(new ProcessBuilder(command).redirectError(Redirect.INHERIT).start());
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
