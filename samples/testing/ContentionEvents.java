// Records three JFR events inside the program with jdk.jfr.Recording, then reads them back
// from the recording file: jdk.JavaMonitorEnter (a thread waited to enter a synchronized
// block), jdk.ThreadPark (a thread parked, here waiting for a ReentrantLock) and
// jdk.VirtualThreadPinned (a virtual thread blocked without letting go of its carrier).
import java.nio.file.Files;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

static final long HOLD_MS = 50;   // how long a holder keeps its lock once the others wait

static void sleep(long ms) {
    try {
        Thread.sleep(ms);
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

static void await(CountDownLatch latch) {
    try {
        latch.await();
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

// A holder takes a lock; three threads named <name>-1..3 then try to take it too. Once all
// three wait (in the given state), the holder keeps the lock HOLD_MS longer and lets go.
interface Lock { void run(Runnable whileHeld); }

static void contend(Thread.Builder builder, String name, Lock lock, Thread.State waiting)
        throws InterruptedException {
    var held = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    Thread holder = builder.name(name + "-holder").start(() -> lock.run(() -> {
        held.countDown();
        await(release);                               // the holder parks, holding the lock
    }));
    held.await();
    var waiters = new ArrayList<Thread>();
    for (int i = 1; i <= 3; i++) {
        waiters.add(builder.name(name + "-" + i).start(() -> lock.run(() -> { })));
    }
    while (!waiters.stream().allMatch(t -> t.getState() == waiting)) Thread.sleep(1);
    Thread.sleep(HOLD_MS);
    release.countDown();
    holder.join();
    for (Thread t : waiters) t.join();
}

// A class whose static initializer blocks: a virtual thread that runs it stays pinned.
static class SlowInit {
    static { sleep(HOLD_MS); }
    static void touch() { }
}

void main() throws Exception {
    var monitor = new Object();
    Lock synchronizedBlock = whileHeld -> { synchronized (monitor) { whileHeld.run(); } };
    var reentrantLock = new ReentrantLock();
    Lock lockObject = whileHeld -> {
        reentrantLock.lock();
        try { whileHeld.run(); } finally { reentrantLock.unlock(); }
    };

    var file = Files.createTempFile("contention", ".jfr");
    try (var recording = new Recording()) {
        // Thresholds keep short, harmless waits out of the recording (JDK's default: 20 ms).
        recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(10));
        recording.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(10));
        recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(10));
        recording.start();

        contend(Thread.ofPlatform(), "platform-sync", synchronizedBlock, Thread.State.BLOCKED);
        contend(Thread.ofPlatform(), "platform-lock", lockObject, Thread.State.WAITING);
        contend(Thread.ofVirtual(), "virtual-sync", synchronizedBlock, Thread.State.BLOCKED);
        contend(Thread.ofVirtual(), "virtual-lock", lockObject, Thread.State.WAITING);
        Thread.ofVirtual().name("virtual-init").start(SlowInit::touch).join();

        recording.stop();
        recording.dump(file);
    }

    // Read the file back: keep our threads' events, group them by event type and thread name.
    var waits = new TreeMap<String, List<Double>>();
    var pinned = new ArrayList<String>();
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
        var thread = e.getThread();
        if (thread == null || thread.getJavaName() == null) continue;
        // "virtual-sync-2" and "virtual-sync-holder" both count for "virtual-sync".
        String who = thread.getJavaName().replaceFirst("-(\\d|holder)$", "");
        if (!who.matches("(platform|virtual)-(sync|lock|init)")) continue;  // not one of ours
        String type = e.getEventType().getName();
        if (type.equals("jdk.ThreadPark") && !parkedOnReentrantLock(e)) {
            continue;                                 // e.g. the holders, parked on their latch
        }
        waits.computeIfAbsent(type + " " + who, k -> new ArrayList<>())
                .add(e.getDuration().toNanos() / 1e6);
        if (type.equals("jdk.VirtualThreadPinned")) {
            pinned.add(who + ": " + e.getString("blockingOperation") + ", "
                    + e.getString("pinnedReason").replace("ContentionEvents$", ""));
        }
    }
    Files.delete(file);

    IO.println("| event | threads | events | shortest (ms) | longest (ms) |");
    IO.println("|---|---|---|---|---|");
    for (var entry : waits.entrySet()) {
        var ms = entry.getValue();
        String[] key = entry.getKey().split(" ");
        IO.println(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f |", key[0], key[1],
                ms.size(), Collections.min(ms), Collections.max(ms)));
    }
    IO.println();
    for (String who : List.of("platform-sync", "virtual-sync")) {
        IO.println("jdk.JavaMonitorEnter, " + who + ": "
                + count(waits, "jdk.JavaMonitorEnter " + who));
    }
    for (String who : List.of("platform-lock", "virtual-lock")) {
        IO.println("jdk.ThreadPark on the ReentrantLock, " + who + ": "
                + count(waits, "jdk.ThreadPark " + who));
    }
    for (String who : List.of("virtual-sync", "virtual-lock", "virtual-init")) {
        IO.println("jdk.VirtualThreadPinned, " + who + ": "
                + count(waits, "jdk.VirtualThreadPinned " + who));
    }
    IO.println(String.format(Locale.ROOT, "shortest recorded wait: %.1f ms", waits.values().stream()
            .flatMap(List::stream).mapToDouble(Double::doubleValue).min().orElse(0)));
    pinned.forEach(p -> IO.println("pinned " + p));
}

static boolean parkedOnReentrantLock(RecordedEvent park) {
    var parkedOn = park.getClass("parkedClass");      // null when park() was given no blocker
    return parkedOn != null && parkedOn.getName().contains("ReentrantLock");
}

static int count(Map<String, List<Double>> waits, String key) {
    return waits.getOrDefault(key, List.of()).size();
}
