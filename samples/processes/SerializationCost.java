//DEPS org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37
//JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow
// Handing 20,000 records to another thread passes one reference. Handing them to another
// process means turning them into bytes, pushing the bytes through a pipe and rebuilding
// the objects on the other side. JMH times one trip of each kind; the receiver sums one
// field and every trip checks the sum, so no trip can be skipped or cut short.
package ipc;

import java.io.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class SerializationCost {

    record Trade(long id, String symbol, double price, int quantity) implements Serializable {}

    static final int COUNT = 20_000;

    List<Trade> trades;
    long expected;
    Process child;
    DataOutputStream toChild;
    DataInputStream fromChild;
    final SynchronousQueue<List<Trade>> toThread = new SynchronousQueue<>();
    final SynchronousQueue<Long> fromThread = new SynchronousQueue<>();
    Thread consumer;

    // Once per benchmark, before its warm-up: the records, a child JVM, a consumer thread.
    @Setup(Level.Trial)
    public void start() throws IOException {
        trades = trades();
        expected = sum(trades);
        String java = System.getProperty("java.home") + "/bin/java";
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SerializationCost.class.getName(), "child")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toChild = new DataOutputStream(new BufferedOutputStream(child.getOutputStream()));
        fromChild = new DataInputStream(child.getInputStream());
        consumer = Thread.ofPlatform().start(() -> {
            try {
                for (List<Trade> list; !(list = toThread.take()).isEmpty(); )  // empty: stop
                    fromThread.put(sum(list));
            } catch (InterruptedException e) {
                // the benchmark is over
            }
        });
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        toThread.put(List.of());
        consumer.join();
        toChild.close();                                       // end of input: the child exits
        if (child.waitFor() != 0) throw new IllegalStateException("the child JVM failed");
    }

    @Benchmark
    public long anotherThread() throws InterruptedException {
        toThread.put(trades);                                  // one reference
        return checked(fromThread.take());
    }

    @Benchmark
    public long dataOutputStream() throws IOException {
        return checked(send('D', fieldByField(trades)));
    }

    @Benchmark
    public long objectOutputStream() throws IOException {
        return checked(send('O', serialised(trades)));
    }

    long checked(long sum) {
        if (sum != expected) throw new IllegalStateException("wrong sum " + sum);
        return sum;
    }

    static byte[] fieldByField(List<Trade> trades) throws IOException {
        var data = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(data)) {
            out.writeInt(trades.size());
            for (Trade t : trades) {
                out.writeLong(t.id()); out.writeUTF(t.symbol());
                out.writeDouble(t.price()); out.writeInt(t.quantity());
            }
        }
        return data.toByteArray();
    }

    static byte[] serialised(List<Trade> trades) throws IOException {
        var objects = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(objects)) {
            out.writeObject(new ArrayList<>(trades));
        }
        return objects.toByteArray();
    }

    // One message (kind, length, bytes) to the child; its answer is the sum it computed.
    long send(char kind, byte[] bytes) throws IOException {
        toChild.writeByte(kind); toChild.writeInt(bytes.length); toChild.write(bytes);
        toChild.flush();
        return fromChild.readLong();
    }

    static List<Trade> trades() {
        List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) trades.add(new Trade(i, "SYM" + i % 100, i * 0.01, i % 1000));
        return trades;
    }

    static long sum(List<Trade> trades) {
        return trades.stream().mapToLong(Trade::quantity).sum();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) { receive(); return; }            // the child JVM's role
        var options = new OptionsBuilder().include(SerializationCost.class.getName())
                .shouldFailOnError(true)                       // a wrong sum fails the run
                .verbosity(VerboseMode.SILENT).build();
        var scores = new TreeMap<String, double[]>();
        for (RunResult run : new Runner(options).run()) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            scores.put(name, new double[] {run.getPrimaryResult().getScore(),
                    run.getPrimaryResult().getScoreError()});
        }
        List<Trade> trades = trades();
        String[][] ways = {
            {"another thread", "anotherThread", "0"},
            {"child JVM, DataOutputStream", "dataOutputStream", "" + fieldByField(trades).length},
            {"child JVM, ObjectOutputStream", "objectOutputStream", "" + serialised(trades).length},
        };
        System.out.println("| way | time per trip (µs) | error (µs) | bytes sent |");
        System.out.println("|---|---|---|---|");
        for (String[] way : ways) {
            double[] s = scores.get(way[1]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |", way[0], s[0], s[1], way[2]));
        }
        System.out.println("every receiver got the same sum: true");   // else the run failed
        double thread = scores.get("anotherThread")[0], data = scores.get("dataOutputStream")[0];
        System.out.println(String.format(Locale.ROOT, "DataOutputStream / thread: %.1f x", data / thread));
        System.out.println(String.format(Locale.ROOT, "ObjectOutputStream / DataOutputStream: %.2f x",
                scores.get("objectOutputStream")[0] / data));
    }

    // The child: read messages until end of input, rebuild the records, answer with the sum.
    static void receive() throws Exception {
        var in = new DataInputStream(new BufferedInputStream(System.in));
        var out = new DataOutputStream(System.out);
        for (int kind; (kind = in.read()) != -1; ) {
            byte[] bytes = in.readNBytes(in.readInt());
            List<Trade> trades = new ArrayList<>();
            if (kind == 'O') {
                try (var objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                    for (Object o : (List<?>) objects.readObject()) trades.add((Trade) o);
                }
            } else {
                var data = new DataInputStream(new ByteArrayInputStream(bytes));
                for (int i = data.readInt(); i > 0; i--)
                    trades.add(new Trade(data.readLong(), data.readUTF(), data.readDouble(), data.readInt()));
            }
            out.writeLong(sum(trades));
            out.flush();
        }
    }
}
