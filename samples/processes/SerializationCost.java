// Handing 50,000 records to another thread passes one reference. Handing them to another
// process means turning them into bytes, pushing the bytes through a pipe and rebuilding
// the objects on the other side. Measured three ways; the child JVM sums the quantities.
import java.io.*;
import java.nio.file.*;
import java.util.concurrent.*;

record Trade(long id, String symbol, double price, int quantity) implements Serializable {}

static final int COUNT = 50_000, ROUNDS = 2;   // round 0 warms up

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
            for (int i = 0; i < ROUNDS; i++)
                sums.add(queue.take().stream().mapToLong(Trade::quantity).sum());
        } catch (InterruptedException e) { }
    });

    IO.println("| way | time (ms) | bytes sent |");
    IO.println("|---|---|---|");
    double[] ms = new double[3];
    for (int round = 0; round < ROUNDS; round++) {
        long t = System.nanoTime();
        queue.put(trades);                                          // one reference
        boolean ok = sums.take() == expected;
        ms[0] = (System.nanoTime() - t) / 1e6;

        t = System.nanoTime();
        var data = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(data)) {                // field by field, by hand
            out.writeInt(COUNT);
            for (Trade tr : trades) {
                out.writeLong(tr.id()); out.writeUTF(tr.symbol());
                out.writeDouble(tr.price()); out.writeInt(tr.quantity());
            }
        }
        ok &= send(toChild, fromChild, 'D', data.toByteArray()) == expected;
        ms[1] = (System.nanoTime() - t) / 1e6;
        int dataBytes = data.size();

        t = System.nanoTime();
        var objects = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(objects)) {    // Java serialisation
            out.writeObject(new ArrayList<>(trades));
        }
        ok &= send(toChild, fromChild, 'O', objects.toByteArray()) == expected;
        ms[2] = (System.nanoTime() - t) / 1e6;

        if (round == 0) continue;
        System.out.printf("| another thread | %.1f | 0 |%n", ms[0]);
        System.out.printf("| child JVM, DataOutputStream | %.1f | %d |%n", ms[1], dataBytes);
        System.out.printf("| child JVM, ObjectOutputStream | %.1f | %d |%n", ms[2], objects.size());
        IO.println("every receiver got the same sum: " + ok);
        System.out.printf("DataOutputStream / thread: %.0f x%n", ms[1] / ms[0]);
    }
    toChild.close();                                               // end of input: the child exits
    consumer.join();
    IO.println("child exit code: " + child.waitFor());
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
