// Round trips between two processes over a pipe, a loopback socket and a memory-mapped
// file, beside the same ping-pong between two threads of one JVM. The other process is a
// child JVM; a command byte on its standard input says which channel to echo on next.
// Every round trip is timed on its own; the table shows the median and the 99th percentile.
import java.io.*;
import java.lang.foreign.*;
import java.lang.invoke.VarHandle;
import java.net.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import static java.nio.file.StandardOpenOption.*;

static final long WARMUP_NS = 25_000_000, SLICE_NS = 40_000_000;
static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();   // (segment, offset) -> int

void main(String[] args) throws Exception {
    if (args.length > 0) { child(Integer.parseInt(args[0]), Path.of(args[1])); return; }
    Path file = Files.createTempFile("ipc", ".bin");
    try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
         Arena arena = Arena.ofShared()) {                      // closing it unmaps the file
        Process child = new ProcessBuilder(childJvm(String.valueOf(server.getLocalPort()),
                file.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        OutputStream toChild = child.getOutputStream();
        InputStream fromChild = child.getInputStream();
        try (Socket socket = server.accept()) {
            socket.setTcpNoDelay(true);                         // no Nagle delay for 1 byte
            MemorySegment mapped = map(file, arena), local = arena.allocate(8);
            String[] names = {"pipe", "loopback socket", "memory-mapped file",
                    "two threads, shared memory"};
            var times = new Samples[] {new Samples(), new Samples(), new Samples(), new Samples()};
            // A warm-up pass that is not recorded, then the channels in the order A B C D D C B A,
            // so that what changes during the run (load, the child's JIT) hits them alike.
            int[] order = {0, 1, 2, 3, 0, 1, 2, 3, 3, 2, 1, 0};
            for (int i = 0; i < order.length; i++) {
                Samples into = i < 4 ? new Samples() : times[order[i]];
                long slice = i < 4 ? WARMUP_NS : SLICE_NS;
                switch (order[i]) {
                    case 0 -> { toChild.write('p'); streams(fromChild, toChild, slice, into); }
                    case 1 -> { toChild.write('s'); toChild.flush();
                                streams(socket.getInputStream(), socket.getOutputStream(),
                                        slice, into); }
                    case 2 -> { toChild.write('m'); toChild.flush(); memory(mapped, slice, into); }
                    default -> {
                        Thread peer = Thread.ofPlatform().start(() -> echo(local));
                        memory(local, slice, into);
                        peer.join();
                    }
                }
            }
            toChild.write('q');                                  // the child's last command
            toChild.flush();
            IO.println("| channel | fastest (µs) | median (µs) | 99th percentile (µs) "
                    + "| round trips timed |");
            IO.println("|---|---|---|---|---|");
            for (int c = 0; c < names.length; c++)
                System.out.printf("| %s | %.2f | %.2f | %.2f | %d |%n", names[c],
                        times[c].percentile(0) / 1e3, times[c].percentile(50) / 1e3,
                        times[c].percentile(99) / 1e3, times[c].count());
            System.out.printf("pipe / memory-mapped file, fastest: %.2f x%n",
                    times[0].percentile(0) / times[2].percentile(0));
            System.out.printf("pipe / memory-mapped file, median: %.2f x%n",
                    times[0].percentile(50) / times[2].percentile(50));
        }
        IO.println("child exit code: " + child.waitFor());
    } finally {
        Files.delete(file);
    }
}

// Byte streams: send a 1, wait for it to come back, time it. A 0 tells the peer to stop.
void streams(InputStream in, OutputStream out, long sliceNs, Samples into) throws IOException {
    long t0 = System.nanoTime(), end = t0 + sliceNs;
    do {
        out.write(1);
        out.flush();
        if (in.read() != 1) throw new IOException("lost the peer");
        long t1 = System.nanoTime();
        into.add(t1 - t0);
        t0 = t1;
    } while (t0 < end);
    out.write(0);
    out.flush();
    in.read();                                   // the peer echoes the 0 and stops
}

// Shared memory: write an odd number, wait for the peer's even answer. -1 asks the peer to
// stop; it answers 0.
void memory(MemorySegment shared, long sliceNs, Samples into) {
    long t0 = System.nanoTime(), end = t0 + sliceNs;
    int value = 1;
    do {
        INT.setVolatile(shared, 0L, value);
        await(shared, value + 1, value + 1);
        long t1 = System.nanoTime();
        into.add(t1 - t0);
        t0 = t1;
        value += 2;
    } while (t0 < end);
    INT.setVolatile(shared, 0L, -1);
    await(shared, 0, 0);
}

void echo(MemorySegment shared) {
    for (int value = 1; ; value += 2) {
        if (await(shared, value, -1) == -1) { INT.setVolatile(shared, 0L, 0); return; }
        INT.setVolatile(shared, 0L, value + 1);
    }
}

// Spin until the int is a or b. After 1,000 looks, yield the core between looks: if the
// peer is waiting for a core, spinning would only keep it from running.
int await(MemorySegment shared, int a, int b) {
    for (int looks = 0; ; looks++) {
        int seen = (int) INT.getVolatile(shared, 0L);
        if (seen == a || seen == b) return seen;
        if (looks > 1_000) Thread.yield(); else Thread.onSpinWait();
    }
}

MemorySegment map(Path file, Arena arena) throws IOException {
    try (var ch = FileChannel.open(file, READ, WRITE)) {
        return ch.map(FileChannel.MapMode.READ_WRITE, 0, 8, arena);  // mapped until arena closes
    }
}

// The child: echo on the channel each command byte names, until 'q' (or end of input).
void child(int port, Path file) throws IOException {
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), port);
         Arena arena = Arena.ofConfined()) {
        socket.setTcpNoDelay(true);
        MemorySegment mapped = map(file, arena);
        for (int command; (command = System.in.read()) != -1 && command != 'q'; ) {
            switch (command) {
                case 'p' -> echo(System.in, System.out);
                case 's' -> echo(socket.getInputStream(), socket.getOutputStream());
                case 'm' -> echo(mapped);
                default -> throw new IOException("unknown command " + command);
            }
        }
    }
}

void echo(InputStream in, OutputStream out) throws IOException {
    for (int b = -2; b != 0; ) {
        b = in.read();
        if (b < 0) throw new EOFException();
        out.write(b);
        out.flush();
    }
}

// Durations in nanoseconds, kept in a growing array.
static final class Samples {
    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == values.length) values = Arrays.copyOf(values, 2 * count);
        values[count++] = nanos;
    }

    int count() { return count; }

    double percentile(int p) {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) ((long) count * p / 100))];
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
