// Threads share one heap; a child process gets a heap of its own.
import java.nio.file.*;

static int counter = 0;

void main(String[] args) throws Exception {
    if (args.length > 0) {                                   // the child JVM's role
        IO.println("counter in the child at start: " + counter);
        counter++;
        IO.println("counter in the child after adding 1: " + counter);
        return;
    }
    Thread t = Thread.ofPlatform().start(() -> counter++);  // same process, same memory
    t.join();                                                // join makes the write visible to us
    IO.println("counter after a thread added 1: " + counter);

    Process child = new ProcessBuilder(childJvm("child")).inheritIO().start();
    child.waitFor();
    IO.println("counter after a child process added 1: " + counter);
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
