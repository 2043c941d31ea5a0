// The classic pipe deadlock. The child writes more than a pipe holds (a million lines, about
// 12 MB); the parent waits for the child to exit before reading its output. The child
// blocks on a full pipe, the parent blocks in waitFor(): neither moves again.
// (POSIX: the child is awk.)
void main() throws Exception {
    Process child = new ProcessBuilder("awk",
            "BEGIN { for (i = 0; i < 1000000; i++) print \"line \" i }").start();

    // An observer, to show the child is stuck and not just slow.
    Thread.ofPlatform().daemon().name("observer").start(() -> {
        try {
            Thread.sleep(1000);
            long before = cpuMillis(child);
            Thread.sleep(500);
            IO.println("child alive after 1.5 s: " + child.isAlive());
            IO.println("child CPU time in the last 0.5 s: " + (cpuMillis(child) - before) + " ms");
        } catch (InterruptedException e) { }
    });

    IO.println("waiting for the child to exit...");
    int code = child.waitFor();            // hangs here
    String out = new String(child.getInputStream().readAllBytes());   // never reached
    IO.println("exit code " + code + ", " + out.lines().count() + " lines");
}

long cpuMillis(Process p) {
    return p.info().totalCpuDuration().orElseThrow().toMillis();
}
