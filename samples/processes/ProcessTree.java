// ProcessHandle: who am I, who are my children, when do they end, and how to end a
// whole tree. The tree is a shell with two sleeping children (POSIX: sh and sleep).
import java.nio.file.Path;
import java.util.concurrent.*;
import java.util.function.BooleanSupplier;

void main() throws Exception {
    ProcessHandle me = ProcessHandle.current();
    ProcessHandle.Info info = me.info();                  // what the OS tells; each part optional
    IO.println("my command: " + Path.of(info.command().orElse("?")).getFileName());
    IO.println("my start time is known: " + info.startInstant().isPresent());

    Process shell = startTree();
    IO.println("my children: " + me.children().count());          // the shell
    IO.println("my descendants: " + me.descendants().count());     // the shell and its two sleeps

    // onExit() is a CompletableFuture that completes when the JDK's reaper thread sees
    // the exit. Main still waits for it below (get), because the next steps need the shell gone.
    CompletableFuture<Integer> shellExit = shell.onExit().thenApply(Process::exitValue);

    // Destroying only the shell orphans its children: they keep running, re-parented.
    List<ProcessHandle> sleeps = shell.children().toList();
    shell.destroy();                                                // SIGTERM on POSIX
    IO.println("shell's exit code: " + shellExit.get(5, TimeUnit.SECONDS));
    long alive = sleeps.stream().filter(ProcessHandle::isAlive).count();
    IO.println("orphaned sleeps still alive: " + alive);
    IO.println("my descendants now: " + me.descendants().count()); // orphans are no longer ours
    sleeps.forEach(ProcessHandle::destroy);                          // we still hold their handles

    // The right order: take the list of descendants first, destroy them, then the root.
    // Here the shell was waiting for its sleeps, so it exits by itself once they are gone
    // (`wait` then returns 0); destroy() is only the fallback.
    shell = startTree();
    List<ProcessHandle> tree = shell.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    boolean endedByItself = shell.waitFor(2, TimeUnit.SECONDS);
    if (!endedByItself) shell.destroy();
    IO.println("second shell ended by itself: " + endedByItself);
    IO.println("second shell's exit code: " + shell.waitFor());
    IO.println("processes of the second tree still alive: "
            + (tree.stream().filter(ProcessHandle::isAlive).count() + (shell.isAlive() ? 1 : 0)));
    IO.println("my descendants at the end: " + me.descendants().count());
}

// sh -c 'sleep 30 & sleep 30 & wait', returned once both sleeps have started.
Process startTree() throws Exception {
    Process shell = new ProcessBuilder("sh", "-c", "sleep 30 & sleep 30 & wait").start();
    waitUntil(() -> shell.children().count() == 2);
    return shell;
}

void waitUntil(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) Thread.sleep(10);
}
