// The home page's CPU-bound headline: eight equal pieces of pure computation, done five
// ways in one run. No piece waits for anything: only more cores can make this faster.
import java.nio.file.Path;
import java.util.concurrent.*;

static final int TASKS = 8;
static final long STEPS = 5_000_000;                       // per task
final int cores = Runtime.getRuntime().availableProcessors();
final int workers = Math.min(cores, TASKS);                // one thread (or process) per core

// tag::approaches[]
// One piece of work: STEPS rounds of a xorshift random number generator seeded with i.
static long task(int i) {
    long x = 88172645463325252L + i;
    for (long s = 0; s < STEPS; s++) { x ^= x << 13; x ^= x >>> 7; x ^= x << 17; }
    return x & 0xFFFF;
}

long sequential() {
    long sum = 0;
    for (int i = 0; i < TASKS; i++) sum += task(i);
    return sum;
}

// Each piece a task: on a pool of platform threads, or on a virtual thread of its own.
long onExecutor(ExecutorService executor) throws Exception {
    try (executor) {
        var futures = new ArrayList<Future<Long>>();
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            futures.add(executor.submit(() -> task(n)));
        }
        long sum = 0;
        for (var f : futures) sum += f.get();
        return sum;
    }
}

// supplyAsync with no executor: the pieces run in the common ForkJoinPool.
long completableFutures() {
    var futures = new ArrayList<CompletableFuture<Long>>();
    for (int i = 0; i < TASKS; i++) {
        int n = i;
        futures.add(CompletableFuture.supplyAsync(() -> task(n)));
    }
    return futures.stream().mapToLong(CompletableFuture::join).sum();
}

// One child JVM per core runs this program; worker k computes pieces k, k + workers, ...
long workerProcesses() throws Exception {
    var children = new ArrayList<Process>();
    for (int k = 0; k < workers; k++)
        children.add(new ProcessBuilder(workerCommand("worker", "" + k, "" + workers))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    long sum = 0;
    for (Process w : children) {
        sum += Long.parseLong(w.inputReader().readLine());     // each worker prints its sum
        if (w.waitFor() != 0) throw new IllegalStateException("a worker failed");
    }
    return sum;
}
// end::approaches[]

void main(String[] args) throws Exception {
    if (args.length > 0) {                                     // the worker's role
        long sum = 0;
        int step = Integer.parseInt(args[2]);
        for (int i = Integer.parseInt(args[1]); i < TASKS; i += step) sum += task(i);
        IO.println(sum);
        return;
    }
    task(0);                                                   // warm-up: the JIT compiles task()
    var approaches = new LinkedHashMap<String, Callable<Long>>();
    approaches.put("sequential", this::sequential);
    approaches.put("thread pool",
            () -> onExecutor(Executors.newFixedThreadPool(workers)));
    approaches.put("virtual threads",
            () -> onExecutor(Executors.newVirtualThreadPerTaskExecutor()));
    approaches.put("futures", this::completableFutures);
    approaches.put("processes", this::workerProcesses);
    report(approaches);
    IO.println("cores: " + cores);
    IO.println("pool threads: " + workers);
    IO.println("worker processes: " + workers);
    // The common pool's default size: availableProcessors() - 1, but at least 1.
    IO.println("common pool threads: " + ForkJoinPool.getCommonPoolParallelism());
}

// Runs the approaches in three interleaved rounds and keeps each one's best time, so that a
// moment of load from another program does not decide the comparison. Every result must match.
void report(Map<String, Callable<Long>> approaches) throws Exception {
    var ms = new LinkedHashMap<String, Double>();
    Long expected = null;
    for (int round = 0; round < 3; round++) {
        for (var a : approaches.entrySet()) {
            long start = System.nanoTime();
            long result = a.getValue().call();
            ms.merge(a.getKey(), (System.nanoTime() - start) / 1e6, Math::min);
            if (expected == null) expected = result;
            else if (result != expected)
                throw new AssertionError(a.getKey() + " computed " + result);
        }
    }
    double seq = ms.get("sequential");
    IO.println("| approach | time (ms) | speed-up (x) |");
    IO.println("|---|---|---|");
    ms.forEach((name, t) -> IO.println("| %s | %.0f | %.2f |".formatted(name, t, seq / t)));
    IO.println();
    IO.println("same result from every approach: true");
    ms.forEach((name, t) -> {
        if (t != seq) IO.println("%s speed-up: %.2f x".formatted(name, seq / t));
    });
}

// The command that runs this program again in a new JVM, however this one was started.
List<String> workerCommand(String... args) {
    var cmd = new ArrayList<String>();
    cmd.add(ProcessHandle.current().info().command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    String source = System.getProperty("jdk.launcher.sourcefile");  // set by `java X.java`
    if (source != null) cmd.add(source);                      // the worker compiles it again
    else {
        String classPath = System.getProperty("java.class.path", ""); // set by `java -cp dir X`
        if (classPath.isEmpty()) classPath = ".";                    // the JVM's own default
        cmd.addAll(List.of("-cp", classPath, getClass().getName()));
    }
    cmd.addAll(List.of(args));
    return cmd;
}
