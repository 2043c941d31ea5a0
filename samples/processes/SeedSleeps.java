// The Python original's multiprocessing examples 1 and 2, with child JVMs as the processes.
// Run with argument 1 (two 1 s sleeps: one after another, then in two child processes)
// or 2 (ten child processes sleeping 1.5 s each).
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.*;

void main(String[] args) throws Exception {
    if (args[0].equals("child")) {                 // a child JVM's role: sleep, say so, exit
        long from = System.currentTimeMillis();
        sleep(Double.parseDouble(args[1]));
        if (args.length > 2) IO.println("asleep " + from + " " + System.currentTimeMillis());
        return;
    }
    if (args[0].equals("1")) {
        long t0 = System.nanoTime();
        sleep(1.0);                                // in this process, one after the other
        sleep(1.0);
        IO.println(String.format("sequential: %.2f s", secondsSince(t0)));

        List<String> child = childJvm("child", "1.0");
        long t1 = System.nanoTime();
        List<Process> two = new ArrayList<>();
        for (int i = 0; i < 2; i++)                // the children print into our output
            two.add(new ProcessBuilder(child).inheritIO().start());
        for (Process p : two) p.waitFor();         // like join(): wait for both
        IO.println(String.format("two child processes: %.2f s", secondsSince(t1)));
    } else {
        List<String> child = childJvm("child", "1.5", "timed");
        long t0 = System.nanoTime();
        List<Process> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++)
            ten.add(new ProcessBuilder(child).redirectError(Redirect.INHERIT).start());
        List<long[]> events = new ArrayList<>();   // +1 when a child fell asleep, -1 when it woke
        int failed = 0;
        for (Process p : ten) {
            for (String line : p.inputReader().lines().toList())   // read its output to the end
                if (line.startsWith("asleep ")) {
                    String[] t = line.split(" ");
                    events.add(new long[] {Long.parseLong(t[1]), +1});
                    events.add(new long[] {Long.parseLong(t[2]), -1});
                }
            if (p.waitFor() != 0) failed++;
        }
        IO.println(String.format("ten child processes: %.2f s", secondsSince(t0)));
        IO.println("failed children: " + failed);
        IO.println(String.format("sum of the sleeps: %.1f s", 10 * 1.5));
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int asleep = 0, most = 0;
        for (long[] e : events) most = Math.max(most, asleep += (int) e[1]);
        IO.println("most children asleep at the same moment: " + most);
    }
}

void sleep(double seconds) throws InterruptedException {
    IO.println("[+] sleeping " + seconds + " s");
    Thread.sleep((long) (seconds * 1000));
    IO.println("[+] done sleeping");
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
