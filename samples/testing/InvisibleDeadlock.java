// Two deadlocks of the same shape, one between platform threads and one between virtual threads.
// ThreadMXBean.findDeadlockedThreads() finds only the first; the JSON thread dump (the one
// `jcmd <pid> Thread.dump_to_file -format=json` writes) shows the virtual threads too.
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.*;
import java.util.concurrent.CountDownLatch;

// Takes 'first', waits until the other thread holds its lock too, then asks for 'second'.
static void lockBoth(Object first, Object second, CountDownLatch bothHeld) {
    synchronized (first) {
        bothHeld.countDown();
        try {
            bothHeld.await();
        } catch (InterruptedException e) {
            return;
        }
        synchronized (second) {                       // never entered: the other holds it
            IO.println("unreachable");
        }
    }
}

// Starts two threads that take the two locks in opposite orders. A deadlock on monitors cannot
// be broken, so they are daemon threads (virtual threads always are): the JVM exits anyway.
static List<Thread> deadlock(Thread.Builder builder, String name, Object a, Object b) {
    var bothHeld = new CountDownLatch(2);
    return List.of(builder.name(name + "-1").start(() -> lockBoth(a, b, bothHeld)),
                   builder.name(name + "-2").start(() -> lockBoth(b, a, bothHeld)));
}

void main() throws Exception {
    Object lockA = new Object(), lockB = new Object();
    // The dump names objects by class and identity hash; give the two locks readable names.
    Map<String, String> names = Map.of(Objects.toIdentityString(lockA), "lockA",
                                       Objects.toIdentityString(lockB), "lockB");
    var threads = new ArrayList<Thread>();
    threads.addAll(deadlock(Thread.ofPlatform().daemon(), "platform", new Object(), new Object()));
    threads.addAll(deadlock(Thread.ofVirtual(), "virtual", lockA, lockB));
    while (!threads.stream().allMatch(t -> t.getState() == Thread.State.BLOCKED)) {
        Thread.sleep(10);                             // until all four wait for their second lock
    }

    // 1. What ThreadMXBean sees.
    var mx = ManagementFactory.getThreadMXBean();
    var found = new TreeSet<String>();
    for (var info : mx.getThreadInfo(mx.findDeadlockedThreads())) found.add(info.getThreadName());
    IO.println("findDeadlockedThreads: " + found);
    IO.println("deadlocked threads found by ThreadMXBean: " + found.size());
    Thread virtual = threads.get(2);
    IO.println("getThreadInfo(" + virtual.getName() + "): " + mx.getThreadInfo(virtual.threadId()));
    long virtualInDumpAllThreads = Arrays.stream(mx.dumpAllThreads(false, false))
            .filter(info -> info.getThreadName().startsWith("virtual-")).count();
    IO.println("virtual threads in dumpAllThreads: " + virtualInDumpAllThreads);

    // 2. The JSON thread dump, written in-process. The path must be absolute and not exist yet.
    var file = Files.createTempDirectory("dump").resolve("threads.json");
    ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
            .dumpThreads(file.toAbsolutePath().toString(), ThreadDumpFormat.JSON);
    List<String> lines = Files.readAllLines(file).stream().map(String::strip).toList();
    Files.delete(file);
    Files.delete(file.getParent());

    // A real tool would use a JSON parser; the dump's layout, one value a line, is enough here.
    int virtualInDump = 0;
    for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith("\"name\": \"virtual-")) continue;
        virtualInDump++;
        var thread = new ArrayList<String>();         // this thread's lines, up to the next one
        for (int j = i; j < lines.size() && !lines.get(j).startsWith("\"tid\""); j++) {
            thread.add(lines.get(j));
        }
        String state = "", blockedOn = "", owns = "", at = "";
        for (String line : thread) {
            String v = unquote(line);
            if (line.startsWith("\"state\"")) state = v;
            else if (line.startsWith("\"blockedOn\"")) blockedOn = names.getOrDefault(v, v);
            else if (names.containsKey(v)) owns = names.get(v);  // an entry of monitorsOwned
            else if (at.isEmpty() && v.contains(".lockBoth(")) at = v;
        }
        IO.println("in the dump: " + unquote(lines.get(i)) + " " + state + " on " + blockedOn
                + ", owns " + owns + ", at " + at);
    }
    IO.println("deadlocked virtual threads in the JSON dump: " + virtualInDump);
}

// The string value of a line of the dump:  "state": "BLOCKED",  or an array entry  "frame",
static String unquote(String line) {
    String s = line.replaceFirst(",$", "").replaceFirst("^\"[a-zA-Z]+\": ", "");
    return s.replaceAll("^\"|\"$", "").replace("\\/", "/");
}
