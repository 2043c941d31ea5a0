// A JVM starts a second JVM running this same program, and each reports who it is.
import java.nio.file.*;

void main(String[] args) throws Exception {
    if (args.length > 0) {                        // the child's role: args[0] is the parent's pid
        var me = ProcessHandle.current();
        long parent = me.parent().orElseThrow().pid();
        IO.println("child: my pid is " + me.pid() + ", my parent's is " + parent);
        boolean same = parent == Long.parseLong(args[0]);
        IO.println("child: my parent is the JVM that started me: " + same);
        return;
    }
    long myPid = ProcessHandle.current().pid();
    IO.println("parent: my pid is " + myPid);
    Process child = new ProcessBuilder(childJvm(String.valueOf(myPid)))
            .inheritIO()                          // the child prints straight to our stdout
            .start();
    IO.println("parent: started child pid " + child.pid());
    int code = child.waitFor();                   // block until the child has ended
    IO.println("child exit code: " + code);
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
