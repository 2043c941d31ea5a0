// Handing 20,000 records to another thread passes one reference. Handing them to another
// process means turning them into bytes, pushing the bytes through a pipe and rebuilding
// the objects on the other side. Measured three ways; the child JVM sums the quantities.
import java.io.*;
import java.nio.file.*;
import java.util.concurrent.*;

record Trade(long id, String symbol, double price, int quantity) implements Serializable {}

static final int COUNT = 20_000, ROUNDS = 4;   // round 0 warms up and is not counted
static final int HANDOFFS = 100;               // the thread handoff is timed 100 at a time

void main(String[] args) throws Exception {
    if (args.length > 0) { receive(); return; }                     // the child JVM's role
    List<Trade> trades = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) trades.add(new Trade(i, "SYM" + i % 100, i * 0.01, i % 1000));
    long expected = trades.stream().mapToLong(Trade::quantity).sum();

    Process child = new ProcessBuilder(childJvm("child"))
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    var toChild = new DataOutputStream(new BufferedOutputStream(child.getOutputStream()));
    var fromChild = new DataInputStream(child.getInputStream());
    var queue = new SynchronousQueue<List<Trade>>();
    var sums = new LinkedBlockingQueue<Long>();
    Thread consumer = Thread.ofPlatform().start(() -> {                // the thread's side
        try {
            for (List<Trade> list; !(list = queue.take()).isEmpty(); )  // empty list: stop
                sums.add(list.stream().mapToLong(Trade::quantity).sum());
        } catch (InterruptedException e) { }
    });

    boolean ok = true;
    int dataBytes = 0, objectBytes = 0;
    List<List<Double>> ms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < ROUNDS; round++) {
        // The three ways take turns going first, so that none always meets the same state.
        for (int k = 0; k < 3; k++) {
            int way = (round + k) % 3;
            long t = System.nanoTime();
            switch (way) {
                case 0 -> {                                         // one reference, 100 times
                    for (int i = 0; i < HANDOFFS; i++) {
                        queue.put(trades);
                        ok &= sums.take() == expected;
                    }
                }
                case 1 -> {
                    var data = new ByteArrayOutputStream();
                    try (var out = new DataOutputStream(data)) {    // field by field, by hand
                        out.writeInt(COUNT);
                        for (Trade tr : trades) {
                            out.writeLong(tr.id()); out.writeUTF(tr.symbol());
                            out.writeDouble(tr.price()); out.writeInt(tr.quantity());
                        }
                    }
                    ok &= send(toChild, fromChild, 'D', data.toByteArray()) == expected;
                    dataBytes = data.size();
                }
                default -> {
                    var objects = new ByteArrayOutputStream();
                    try (var out = new ObjectOutputStream(objects)) {    // Java serialisation
                        out.writeObject(new ArrayList<>(trades));
                    }
                    ok &= send(toChild, fromChild, 'O', objects.toByteArray()) == expected;
                    objectBytes = objects.size();
                }
            }
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (round > 0) ms.get(way).add(way == 0 ? elapsed / HANDOFFS : elapsed);
        }
    }
    queue.put(List.of());
    consumer.join();
    toChild.close();                                               // end of input: the child exits

    double thread = median(ms.get(0)), dataMs = median(ms.get(1)), objectMs = median(ms.get(2));
    IO.println("| way | time, median of " + (ROUNDS - 1) + " (ms) | bytes sent |");
    IO.println("|---|---|---|");
    System.out.printf("| another thread | %.3f | 0 |%n", thread);
    System.out.printf("| child JVM, DataOutputStream | %.1f | %d |%n", dataMs, dataBytes);
    System.out.printf("| child JVM, ObjectOutputStream | %.1f | %d |%n", objectMs, objectBytes);
    IO.println("every receiver got the same sum: " + ok);
    System.out.printf("DataOutputStream / thread: %.1f x%n", dataMs / thread);
    System.out.printf("ObjectOutputStream / DataOutputStream: %.2f x%n", objectMs / dataMs);
    IO.println("child exit code: " + child.waitFor());
}

double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
}

// Send one message (kind, length, bytes) and wait for the child's sum.
long send(DataOutputStream out, DataInputStream in, char kind, byte[] bytes) throws IOException {
    out.writeByte(kind); out.writeInt(bytes.length); out.write(bytes); out.flush();
    return in.readLong();
}

// The child: read messages until end of input, rebuild the records, answer with the sum.
void receive() throws Exception {
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
                trades.add(new Trade(data.readLong(), data.readUTF(),
                        data.readDouble(), data.readInt()));
        }
        out.writeLong(trades.stream().mapToLong(Trade::quantity).sum());
        out.flush();
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
