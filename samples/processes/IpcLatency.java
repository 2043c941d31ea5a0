//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// Round trips between two processes over a pipe, a loopback socket and a memory-mapped
// file, beside the same ping-pong between two threads of one JVM. The other process is a
// child JVM that echoes on the channel it is given. JMH samples the time of single round
// trips (Mode.SampleTime); the table shows the fastest, the median and the 99th percentile.
package ipc;

import java.io.*;
import java.lang.foreign.*;
import java.lang.invoke.VarHandle;
import java.net.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;
import static java.nio.file.StandardOpenOption.*;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class IpcLatency {

    static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();   // (segment, offset) -> int

    // Each channel is benchmarked in a JVM of its own, with a child JVM of its own.
    @Param({"pipe", "socket", "mapped", "threads"})
    String channel;

    Process child;
    ServerSocket server;
    Socket socket;
    InputStream in;
    OutputStream out;
    Path file;
    Arena arena;
    MemorySegment shared;
    Thread peer;
    int value = -1;                          // the last odd number written to shared memory

    @Setup(Level.Trial)
    public void connect() throws IOException {
        switch (channel) {
            case "pipe" -> {
                child = startChild("pipe");
                in = child.getInputStream();
                out = child.getOutputStream();
            }
            case "socket" -> {
                server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                child = startChild("socket", String.valueOf(server.getLocalPort()));
                socket = server.accept();
                socket.setTcpNoDelay(true);                 // no Nagle delay for 1 byte
                in = socket.getInputStream();
                out = socket.getOutputStream();
            }
            case "mapped" -> {
                file = Files.createTempFile("ipc", ".bin");
                arena = Arena.ofShared();                   // closing it unmaps the file
                shared = map(file, arena);
                child = startChild("mapped", file.toString());
            }
            default -> {
                arena = Arena.ofShared();
                shared = arena.allocate(8);
                peer = Thread.ofPlatform().start(() -> echo(shared));
            }
        }
    }

    @TearDown(Level.Trial)
    public void disconnect() throws Exception {
        if (shared != null) {
            INT.setVolatile(shared, 0L, -1);                // asks the peer to stop; it answers 0
            await(shared, 0, 0);
        } else {
            out.write(0);                                   // asks the peer to stop; it echoes 0
            out.flush();
            in.read();
        }
        if (peer != null) peer.join();
        if (child != null && child.waitFor() != 0) throw new IllegalStateException("the child JVM failed");
        if (socket != null) { socket.close(); server.close(); }
        if (arena != null) arena.close();
        if (file != null) Files.delete(file);
    }

    // One round trip: send a 1 (or the next odd number), wait for it (or the even answer).
    @Benchmark
    public int roundTrip() throws IOException {
        if (shared != null) {
            value += 2;
            INT.setVolatile(shared, 0L, value);
            return await(shared, value + 1, value + 1);
        }
        out.write(1);
        out.flush();
        int echoed = in.read();
        if (echoed != 1) throw new IOException("lost the peer");
        return echoed;
    }

    // Spin until the int is a or b. After 1,000 looks, yield the core between looks: if the
    // peer is waiting for a core, spinning would only keep it from running.
    static int await(MemorySegment shared, int a, int b) {
        for (int looks = 0; ; looks++) {
            int seen = (int) INT.getVolatile(shared, 0L);
            if (seen == a || seen == b) return seen;
            if (looks > 1_000) Thread.yield(); else Thread.onSpinWait();
        }
    }

    // The peer's side in memory: answer each odd number with the next even one, until -1.
    static void echo(MemorySegment shared) {
        for (int value = 1; ; value += 2) {
            if (await(shared, value, -1) == -1) { INT.setVolatile(shared, 0L, 0); return; }
            INT.setVolatile(shared, 0L, value + 1);
        }
    }

    // The peer's side on a byte stream: echo every byte, up to and including a 0.
    static void echo(InputStream in, OutputStream out) throws IOException {
        for (int b = -2; b != 0; ) {
            b = in.read();
            if (b < 0) throw new EOFException();
            out.write(b);
            out.flush();
        }
    }

    static MemorySegment map(Path file, Arena arena) throws IOException {
        try (var ch = FileChannel.open(file, READ, WRITE)) {
            return ch.map(FileChannel.MapMode.READ_WRITE, 0, 8, arena);  // mapped until arena closes
        }
    }

    static Process startChild(String... args) throws IOException {
        var command = new java.util.ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                "-cp", System.getProperty("java.class.path"), IpcLatency.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    // The child JVM: echo on the channel it was given until asked to stop.
    static void child(String[] args) throws IOException {
        switch (args[0]) {
            case "pipe" -> echo(System.in, System.out);
            case "socket" -> {
                try (var socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1]))) {
                    socket.setTcpNoDelay(true);
                    echo(socket.getInputStream(), socket.getOutputStream());
                }
            }
            default -> {
                try (Arena arena = Arena.ofConfined()) {
                    echo(map(Path.of(args[1]), arena));
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) { child(args); return; }
        var options = new OptionsBuilder().include(IpcLatency.class.getName())
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        var results = new TreeMap<String, Statistics>();
        for (RunResult run : new Runner(options).run()) {
            results.put(run.getParams().getParam("channel"), run.getPrimaryResult().getStatistics());
        }
        String[][] rows = {
            {"pipe", "pipe"}, {"loopback socket", "socket"}, {"memory-mapped file", "mapped"},
            {"two threads, shared memory", "threads"},
        };
        System.out.println("| channel | fastest (µs) | median (µs) | 99th percentile (µs) | round trips sampled |");
        System.out.println("|---|---|---|---|---|");
        for (String[] row : rows) {
            Statistics s = results.get(row[1]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d |", row[0],
                    s.getMin() / 1e3, s.getPercentile(50) / 1e3, s.getPercentile(99) / 1e3, s.getN()));
        }
        Statistics pipe = results.get("pipe"), mapped = results.get("mapped");
        System.out.println(String.format(Locale.ROOT, "pipe / memory-mapped file, fastest: %.2f x",
                pipe.getMin() / mapped.getMin()));
        System.out.println(String.format(Locale.ROOT, "pipe / memory-mapped file, median: %.2f x",
                pipe.getPercentile(50) / mapped.getPercentile(50)));
        System.out.println("every child JVM exited with 0: true");     // else the run failed
    }
}
