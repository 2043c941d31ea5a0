// A supervisor keeps one worker JVM alive. Each worker dies a different way; the
// supervisor notices through onExit(), reports how it ended and starts the next one,
// while the supervisor's own main thread keeps working.
import java.nio.file.*;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

final AtomicLong ticks = new AtomicLong();                 // the supervisor's own work
final AtomicLong fewestTicks = new AtomicLong(Long.MAX_VALUE); // during one worker's life

void main(String[] args) throws Exception {
    if (args.length > 0) { die(args[0]); return; }           // the worker JVM's role

    List<String> fates = List.of("exit", "halt", "out-of-memory", "exception", "finish");
    var allDone = new CompletableFuture<Void>();
    supervise(fates, 0, allDone);

    while (!allDone.isDone()) {                              // the parent's own work goes on
        ticks.incrementAndGet();
        Thread.sleep(10);
    }
    allDone.join();                                          // rethrows if a start failed
    IO.println("fewest supervisor ticks while one worker ran: " + fewestTicks.get());
}

void supervise(List<String> fates, int i, CompletableFuture<Void> allDone) {
    try {
        List<String> cmd = childJvm(fates.get(i));
        cmd.add(1, "-Xmx32m");                               // a small heap, to run out of it fast
        cmd.add(1, "-XX:+ExitOnOutOfMemoryError");           // die at once rather than limp on
        long ticksAtStart = ticks.get();
        Process worker = new ProcessBuilder(cmd).inheritIO().start();
        // The callback runs when the worker has ended, on a thread of the common pool.
        worker.onExit().thenAccept(p -> {
            fewestTicks.accumulateAndGet(ticks.get() - ticksAtStart, Math::min);
            IO.println("supervisor: worker " + (i + 1) + " (" + fates.get(i) + ") ended, exit code "
                    + p.exitValue());
            if (i + 1 < fates.size()) supervise(fates, i + 1, allDone);   // restart
            else allDone.complete(null);
        });
    } catch (Exception e) {
        allDone.completeExceptionally(e);
    }
}

void die(String fate) {
    Runtime.getRuntime().addShutdownHook(
            new Thread(() -> IO.println("  worker: shutdown hook ran")));
    IO.println("  worker: working, then " + fate);
    switch (fate) {
        case "exit" -> System.exit(42);                      // orderly: shutdown hooks run
        case "halt" -> Runtime.getRuntime().halt(7);         // abrupt: no hooks, no flushing
        case "out-of-memory" -> {
            List<long[]> hog = new ArrayList<>();
            while (true) hog.add(new long[1_000_000]);       // 8 MB at a time
        }
        case "exception" -> throw new IllegalStateException("worker gave up");
        default -> IO.println("  worker: finished normally");
    }
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
