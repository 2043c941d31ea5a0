// Two child JVMs add to a counter kept in a file. Each increment is read-modify-write
// under an exclusive FileLock, so no update is lost. File locks are held by the whole
// JVM (not by a thread) and, on Linux and macOS, only advisory: every process must take them.
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.file.*;
import static java.nio.file.StandardOpenOption.*;

static final int INCREMENTS = 2_000;

void main(String[] args) throws Exception {
    if (args.length > 0) { increment(Path.of(args[0])); return; }    // the child JVM's role
    Path counter = Files.createTempFile("counter", ".bin");
    Files.write(counter, new byte[8]);                                // a long, 0
    List<Process> children = new ArrayList<>();
    for (int i = 0; i < 2; i++)
        children.add(new ProcessBuilder(childJvm(counter.toString()))
                .redirectError(Redirect.INHERIT).start());
    for (Process p : children) p.inputReader().readLine();     // both say "ready"...
    for (Process p : children) p.getOutputStream().close();    // ...then "go": end of their input
    for (Process p : children) {
        p.inputReader().lines().forEach(IO::println);           // pass on what the child reports
        p.waitFor();
    }
    IO.println("increments made: " + 2 * INCREMENTS);
    IO.println("counter in the file: " + ByteBuffer.wrap(Files.readAllBytes(counter)).getLong());
    Files.delete(counter);
}

void increment(Path counter) throws IOException {
    int waits = 0;
    try (var ch = FileChannel.open(counter, READ, WRITE)) {
        IO.println("ready");
        System.in.read();                                   // wait for "go" (end of stdin)
        var buf = ByteBuffer.allocate(8);
        for (int i = 0; i < INCREMENTS; i++) {
            FileLock taken = ch.tryLock();                  // null if the other JVM holds it
            if (taken == null) waits++;
            try (var lock = taken != null ? taken : ch.lock()) {   // lock() blocks until free
                buf.clear();
                ch.read(buf, 0);
                long value = buf.flip().getLong();
                buf.clear().putLong(value + 1).flip();
                ch.write(buf, 0);
            }                                               // released here
        }
    }
    IO.println("a child found the lock taken: " + waits + " times");
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
