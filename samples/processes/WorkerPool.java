// The Python original's examples 3 (Pool.map) and 4 (ProcessPoolExecutor + as_completed)
// as a pool of worker JVMs fed over pipes. Each worker reads one task per line on stdin
// and answers one line on stdout.
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.*;
import java.util.concurrent.*;

static final int TASKS = 10, SLEEP_MS = 200;    // the seed sleeps 1 s; 200 ms keeps it quick

void main(String[] args) throws Exception {
    if (args.length > 0) { work(); return; }                 // the worker JVM's role
    // The tasks sleep and need no CPU, so the pool size need not follow the core count
    // (for CPU-bound tasks it would be Runtime.getRuntime().availableProcessors()).
    int size = 4;
    IO.println("worker JVMs: " + size);
    List<String> command = childJvm("worker");

    long t0 = System.nanoTime();
    try (var pool = new Pool(size, command)) {
        // Example 3, like Pool.map: ten sleeps, results in the order of the inputs.
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) futures.add(pool.submit(String.valueOf(SLEEP_MS)));
        List<String> results = futures.stream().map(CompletableFuture::join).toList();
        IO.println("map results: " + results.size());
        System.out.printf("map, including starting the workers: %.2f s%n", secondsSince(t0));

        // Example 4, like ProcessPoolExecutor + as_completed: print each result as it arrives.
        long t1 = System.nanoTime();
        var completed = new LinkedBlockingQueue<String>();
        for (int i = 0; i < TASKS; i++)
            pool.submit(String.valueOf(SLEEP_MS)).thenAccept(completed::add);
        Set<String> pids = new TreeSet<>();
        for (int i = 0; i < TASKS; i++) {
            String reply = completed.take();                  // next result to complete
            pids.add(reply.replaceAll(".* by ", ""));
            IO.println(reply.replaceAll(" by .*", ""));
        }
        double seconds = secondsSince(t1);
        System.out.printf("as completed, workers already running: %.2f s%n", seconds);
        System.out.printf("speed-up over sleeping one after another: %.2f x%n",
                TASKS * SLEEP_MS / 1000.0 / seconds);
        IO.println("distinct worker pids in the replies: " + pids.size());
    }
    IO.println("workers still running: " + ProcessHandle.current().children().count());
}

// A worker: for each line (milliseconds to sleep), sleep and answer. Ends at end of input.
void work() throws Exception {
    var in = new BufferedReader(new InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; ) {
        Thread.sleep(Long.parseLong(line));
        System.out.println("[+] done sleeping " + line + " ms by " + ProcessHandle.current().pid());
        System.out.flush();                                   // the parent is waiting for this line
    }
}

// Worker JVMs, each fed by one thread of ours from a shared queue of tasks. A feeder spends
// most of its time blocked reading its worker's answer from a pipe.
static final class Pool implements AutoCloseable {
    record Task(String request, CompletableFuture<String> reply) {}
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final List<Process> workers = new ArrayList<>();
    private final List<Thread> feeders = new ArrayList<>();

    Pool(int size, List<String> command) throws IOException {
        for (int i = 0; i < size; i++) {
            Process worker = new ProcessBuilder(command).redirectError(Redirect.INHERIT).start();
            workers.add(worker);
            feeders.add(Thread.ofPlatform().name("feeder-" + i).start(() -> feed(worker)));
        }
    }

    CompletableFuture<String> submit(String request) {
        var task = new Task(request, new CompletableFuture<>());
        queue.add(task);
        return task.reply();
    }

    private void feed(Process worker) {
        try (var toWorker = worker.outputWriter(); var fromWorker = worker.inputReader()) {
            for (Task task; (task = queue.take()).request() != null; ) {
                toWorker.write(task.request() + "\n");
                toWorker.flush();
                task.reply().complete(fromWorker.readLine());
            }
        } catch (IOException | InterruptedException e) {
            throw new RuntimeException(e);
        }                                                     // closing stdin ends the worker
    }

    public void close() throws InterruptedException {
        for (var f : feeders) queue.add(new Task(null, null)); // one "stop" task per feeder
        for (var f : feeders) f.join();
        for (var w : workers) w.waitFor();
    }
}

double secondsSince(long start) { return (System.nanoTime() - start) / 1e9; }

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
