package measured.run.jshell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import measured.run.process.TempWorkDir;

/**
 * Re-runnable benchmark of a page's JShell session against JShell's default JDI engine and, for reference, the
 * in-process local engine (not isolated): median session start and median wall time per one-snippet block.
 * The engines take turns block by block, so that a noisy machine slows them alike.
 *
 * <p>Run: {@code ./mvnw -q test-compile && java -cp target/classes:target/test-classes
 * measured.run.jshell.JShellBenchmark [blocks] [starts]}
 */
public final class JShellBenchmark {

    /** One-snippet blocks of the usual kinds; %1$d makes each one new. */
    private static final List<String> KINDS = List.of("declaration", "expression", "print", "method");
    private static final List<String> BLOCKS = List.of(
            "int v%1$d = %1$d;",
            "%1$d * 2",
            "System.out.println(\"line \" + %1$d);",
            "int f%1$d(int n) { return n + %1$d; }");
    private static final int WARM_UP_BLOCKS = 8;
    private static final PrintStream DISCARD = new PrintStream(PrintStream.nullOutputStream());

    private JShellBenchmark() {
    }

    /** One engine under test: starts a session, runs a block in it. */
    private interface Engine extends AutoCloseable {
        void run(String block);

        @Override
        void close();
    }

    private record Kind(String name, EngineFactory factory) {
    }

    @FunctionalInterface
    private interface EngineFactory {
        Engine start(Path dir) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("JShell benchmark: %d blocks and %d session starts per engine, %d cores, JDK %s, load %s%n%n",
                blocks, starts, Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
        List<Kind> kinds = List.of(
                new Kind("ours: own JVM, loopback socket, TCP_NODELAY", JShellBenchmark::ours),
                new Kind("default JDI engine (own JVM)", dir -> jshell(JShell.builder(), false)),
                new Kind("local engine (build JVM, NOT isolated)",
                        dir -> jshell(JShell.builder().executionEngine("local"), true)));

        try (TempWorkDir dir = TempWorkDir.create()) {
            Map<Kind, List<Double>> startTimes = new LinkedHashMap<>();
            kinds.forEach(kind -> startTimes.put(kind, new ArrayList<>()));
            for (int s = 0; s < starts; s++) {
                for (Kind kind : kinds) {
                    long t0 = System.nanoTime();
                    Engine engine = kind.factory().start(dir.path());
                    startTimes.get(kind).add(millis(t0));
                    engine.close();
                }
            }

            Map<Kind, Map<String, List<Double>>> blockTimes = new LinkedHashMap<>();
            List<Engine> engines = new ArrayList<>();
            for (Kind kind : kinds) {
                engines.add(kind.factory().start(dir.path()));
                Map<String, List<Double>> perKind = new LinkedHashMap<>();
                KINDS.forEach(name -> perKind.put(name, new ArrayList<>()));
                blockTimes.put(kind, perKind);
            }
            try {
                for (int i = 0; i < WARM_UP_BLOCKS + blocks; i++) {
                    String block = BLOCKS.get(i % BLOCKS.size()).formatted(i);
                    for (int e = 0; e < engines.size(); e++) {
                        int turn = (e + i) % engines.size(); // rotate who goes first
                        long t0 = System.nanoTime();
                        engines.get(turn).run(block);
                        if (i >= WARM_UP_BLOCKS) {
                            blockTimes.get(kinds.get(turn)).get(KINDS.get(i % KINDS.size())).add(millis(t0));
                        }
                    }
                }
            } finally {
                engines.forEach(Engine::close);
            }
            report(kinds, startTimes, blockTimes);
            System.out.printf("load average at the end: %s (a loaded machine stretches every figure; min is the floor)%n",
                    loadAverage());
        }
    }

    private static void report(List<Kind> kinds, Map<Kind, List<Double>> startTimes,
            Map<Kind, Map<String, List<Double>>> blockTimes) {
        System.out.printf("%-44s %11s %11s %11s   %s%n", "engine (medians unless said)", "start (ms)", "block (ms)",
                "block min", "block by kind (ms)");
        double[] start = new double[kinds.size()];
        double[] block = new double[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            Kind kind = kinds.get(k);
            start[k] = median(startTimes.get(kind));
            List<Double> all = blockTimes.get(kind).values().stream().flatMap(List::stream).toList();
            block[k] = median(all);
            double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            String byKind = String.join(", ", blockTimes.get(kind).entrySet().stream()
                    .map(entry -> "%s %.1f".formatted(entry.getKey(), median(entry.getValue()))).toList());
            System.out.printf("%-44s %11.1f %11.1f %11.1f   %s%n", kind.name(), start[k], block[k], min, byKind);
        }
        System.out.printf("%nper block: default JDI engine / ours = %.1f x; ours - local (the isolation's cost) = %+.1f ms%n",
                block[1] / block[0], block[0] - block[2]);
        System.out.printf("session start: ours / default JDI engine = %.2f x%n", start[0] / start[1]);
        System.out.printf("goal, <= 50 ms per block: %s%n", block[0] <= 50 ? "met" : "NOT met on this run");
    }

    private static Engine ours(Path dir) throws IOException {
        JShellSession session = JShellSession.start(JShellOptions.in(dir));
        return new Engine() {
            @Override
            public void run(String block) {
                BlockResult result = session.run(block, Duration.ofSeconds(60));
                if (result.status() != BlockResult.Status.OK) {
                    throw new IllegalStateException("benchmark block failed: " + result);
                }
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }

    private static Engine jshell(JShell.Builder builder, boolean inThisJvm) {
        JShell shell = builder.out(DISCARD).err(DISCARD).build();
        shell.eval("import module java.base;");
        return new Engine() {
            @Override
            public void run(String block) {
                PrintStream out = System.out;
                if (inThisJvm) {
                    System.setOut(DISCARD); // the local engine prints straight to this JVM's stdout
                }
                try {
                    shell.eval(block);
                } finally {
                    System.setOut(out);
                }
            }

            @Override
            public void close() {
                shell.close();
            }
        };
    }

    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
