// Round trips between two processes over a pipe, a loopback socket and a memory-mapped
// file, beside the same ping-pong between two threads of one JVM. The other process is a
// child JVM that echoes over each channel in turn. Each channel gets a fixed time slice.
import java.io.*;
import java.lang.invoke.*;
import java.net.*;
import java.nio.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import static java.nio.file.StandardOpenOption.*;

static final long WARMUP_NS = 50_000_000, MEASURE_NS = 150_000_000;
static final VarHandle INT =                     // volatile int access to a ByteBuffer
        MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

void main(String[] args) throws Exception {
    if (args.length > 0) { echoAll(Integer.parseInt(args[0]), Path.of(args[1])); return; }
    Path file = Files.createTempFile("ipc", ".bin");
    try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        var command = childJvm(String.valueOf(server.getLocalPort()), file.toString());
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        IO.println("| channel | round trip (µs) |");
        IO.println("|---|---|");
        // 1. The child's stdin and stdout.
        row("pipe", pingPong(child.getInputStream(), child.getOutputStream()));
        // 2. A TCP connection on 127.0.0.1, with Nagle's algorithm off.
        try (Socket s = server.accept()) {
            s.setTcpNoDelay(true);
            row("loopback socket", pingPong(s.getInputStream(), s.getOutputStream()));
        }
        // 3. A file both processes map into memory; each side spins on an int in it.
        row("memory-mapped file", pingPong(map(file)));
        // For comparison: the same spinning between two threads of this JVM.
        ByteBuffer shared = ByteBuffer.allocateDirect(8);
        Thread peer = Thread.ofPlatform().start(() -> echo(shared));
        row("two threads, shared memory", pingPong(shared));
        peer.join();
        IO.println("child exit code: " + child.waitFor());
    } finally {
        Files.delete(file);
    }
}

// Byte streams: send a 1, wait for it to come back. A 0 tells the peer to stop.
double pingPong(InputStream in, OutputStream out) throws IOException {
    out.write(1);                                // a first round trip: the peer is ready
    out.flush();
    in.read();
    long start = System.nanoTime(), rounds = 0, measured = 0;
    for (long now = start; now - start < WARMUP_NS + MEASURE_NS; now = System.nanoTime()) {
        out.write(1);
        out.flush();
        if (in.read() != 1) throw new IOException("lost the peer");
        if (now - start >= WARMUP_NS) rounds++; else measured = System.nanoTime();
    }
    double micros = (System.nanoTime() - measured) / 1e3 / rounds;
    out.write(0);
    out.flush();
    in.read();
    return micros;
}

// Shared memory: write an odd number, wait for the peer's next even one. -1 means stop.
double pingPong(ByteBuffer buf) {
    INT.setVolatile(buf, 0, 1);                  // a first round trip: the peer is ready
    int value = 2;
    await(buf, value);
    long start = System.nanoTime(), rounds = 0, measured = 0;
    for (long now = start; now - start < WARMUP_NS + MEASURE_NS; now = System.nanoTime()) {
        INT.setVolatile(buf, 0, value + 1);
        await(buf, value += 2);
        if (now - start >= WARMUP_NS) rounds++; else measured = System.nanoTime();
    }
    INT.setVolatile(buf, 0, -1);
    return (System.nanoTime() - measured) / 1e3 / rounds;
}

void echo(ByteBuffer buf) {
    for (int value = 1; ; value += 2) {
        if (await(buf, value) < 0) return;
        INT.setVolatile(buf, 0, value + 1);
    }
}

// Spin until the int is `value` (or -1). If the peer is slow, let other threads run.
int await(ByteBuffer buf, int value) {
    for (int spins = 0; ; spins++) {
        int seen = (int) INT.getVolatile(buf, 0);
        if (seen == value || seen == -1) return seen;
        if (spins > 1_000) Thread.yield(); else Thread.onSpinWait();
    }
}

ByteBuffer map(Path file) throws IOException {
    try (var ch = FileChannel.open(file, READ, WRITE)) {
        return ch.map(FileChannel.MapMode.READ_WRITE, 0, 8);  // stays mapped after close
    }
}

// The child: echo over the pipe, then over the socket, then over the mapped file.
void echoAll(int port, Path file) throws IOException {
    echo(System.in, System.out);
    try (var s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        s.setTcpNoDelay(true);
        echo(s.getInputStream(), s.getOutputStream());
    }
    echo(map(file));
}

void echo(InputStream in, OutputStream out) throws IOException {
    for (int b = -2; b != 0; ) { b = in.read(); out.write(b); out.flush(); }
}

void row(String channel, double micros) { System.out.printf("| %s | %.2f |%n", channel, micros); }

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
