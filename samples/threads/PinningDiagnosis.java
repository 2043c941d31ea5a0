//JAVA_OPTIONS --enable-native-access=ALL-UNNAMED
// Finding what pins a virtual thread on JDK 25: JFR's jdk.VirtualThreadPinned event, with its
// stack trace, for three virtual threads that each sleep 30 ms inside something else:
// a callback from native code (C's qsort), a class loader called by Class.forName, and a
// synchronized block. Since JDK 24 only the first two pin.
import java.lang.foreign.*;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;

static void slowStep() {
    try {
        Thread.sleep(30);                       // stands for any blocking call
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

// 1. Native code that calls back into Java: qsort from the C library, with a Java comparator.
static int compareInts(MemorySegment a, MemorySegment b) {
    slowStep();
    return Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));
}

static void sortInNativeCode() throws Throwable {
    Linker linker = Linker.nativeLinker();
    var qsort = linker.downcallHandle(linker.defaultLookup().find("qsort").orElseThrow(),
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    var intPointer = ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT);
    var compare = MethodHandles.lookup().findStatic(MethodHandles.lookup().lookupClass(),
            "compareInts", MethodType.methodType(int.class, MemorySegment.class,
                    MemorySegment.class));
    try (Arena arena = Arena.ofConfined()) {
        var comparator = linker.upcallStub(compare,
                FunctionDescriptor.of(ValueLayout.JAVA_INT, intPointer, intPointer), arena);
        var numbers = arena.allocateFrom(ValueLayout.JAVA_INT, 3, 1, 2);
        qsort.invokeExact(numbers, 3L, ValueLayout.JAVA_INT.byteSize(), comparator);
    }
}

// 2. A class loader that is slow to look a class up (a plugin loader reading a remote jar, say).
static class SlowLoader extends ClassLoader {
    SlowLoader() { super(null); }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        slowStep();
        throw new ClassNotFoundException(name);
    }
}

static void loadPlugin() {
    try {
        Class.forName("plugins.Missing", true, new SlowLoader());
    } catch (ClassNotFoundException expected) {
    }
}

// 3. Blocking while holding a monitor: pinned up to JDK 23, not since JDK 24 (JEP 491).
static final Object LOCK = new Object();

static void blockHoldingMonitor() {
    synchronized (LOCK) {
        slowStep();
    }
}

// The frame that called slowStep(), and the frame below it that JFR blames for the pinning:
// the nearest native method, or the stub through which Java called native code.
static String describe(RecordedEvent event) {
    var frames = event.getStackTrace().getFrames();
    int step = 0;
    while (!name(frames.get(step)).endsWith(".slowStep")) step++;
    String pinning = "?";
    for (int i = step + 1; i < frames.size(); i++) {
        var frame = frames.get(i);
        if (frame.getType().equals("Native") || name(frame).contains("DowncallStub")) {
            pinning = name(frame).replaceFirst("\\.0x[0-9a-f]+", "") + " (" + frame.getType() + ")";
            break;
        }
    }
    return "in " + name(frames.get(step + 1)) + ", below " + pinning;
}

static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName().replace("PinningDiagnosis$", "")
            + "." + frame.getMethod().getName();
}

void main() throws Throwable {
    Map<String, String> pinned = new ConcurrentSkipListMap<>();   // sorted: stable output
    try (var jfr = new RecordingStream()) {
        // The default configuration records pinning of at least 20 ms, with a stack trace.
        jfr.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(20))
                .withStackTrace();
        jfr.onEvent("jdk.VirtualThreadPinned", event -> pinned.put(describe(event),
                event.getString("pinnedReason") + "; blocked in "
                        + event.getString("blockingOperation")));
        jfr.startAsync();
        for (var task : new Runnable[] {() -> {
                    try { sortInNativeCode(); } catch (Throwable t) { throw new Error(t); }
                }, () -> loadPlugin(), () -> blockHoldingMonitor()}) {
            Thread.ofVirtual().start(task).join();
        }
        jfr.stop();                             // returns once every event has been delivered
    }
    IO.println("JDK " + Runtime.version().feature() + ": jdk.VirtualThreadPinned events");
    pinned.forEach((where, why) -> IO.println("pinned " + where + "\n    reason: " + why));
    IO.println("slow steps that pinned: " + pinned.size() + " of 3");
}
