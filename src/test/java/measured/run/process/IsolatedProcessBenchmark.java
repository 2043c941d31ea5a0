package measured.run.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-runnable benchmark of what {@link IsolatedProcess} adds to a forked sample: a trivial precompiled class run
 * bare with ProcessBuilder, then through IsolatedProcess (setsid, minimal environment, temp directory, output
 * capture, group kill), beside the source launcher ({@code java X.java}) that compiles on every run.
 *
 * <p>Run: {@code ./mvnw -q test-compile && java -cp target/classes:target/test-classes
 * measured.run.process.IsolatedProcessBenchmark [runs]}
 */
public final class IsolatedProcessBenchmark {

    private static final String SOURCE = """
            public class Trivial {
                public static void main(String[] args) {
                    System.out.println("hello");
                }
            }
            """;

    private IsolatedProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("process-benchmark-");
        TinyProgram program = TinyProgram.compile(dir, "Trivial", SOURCE);
        System.out.printf("IsolatedProcess benchmark: %d runs each, %d cores, JDK %s, load %s%n%n",
                runs, Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());

        List<Double> bare = new ArrayList<>();
        List<Double> isolated = new ArrayList<>();
        List<Double> sourceLauncher = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            // Interleaved, so that the machine's noise falls on all three alike; the first two are warm-up.
            double b = bare(program.command(), dir);
            double s = isolated(program.command());
            double l = i % 4 == 0 ? isolated(List.of(RunningJdk.java().toString(),
                    dir.resolve("src/Trivial.java").toString())) : -1;
            if (i >= 2) {
                bare.add(b);
                isolated.add(s);
                if (l >= 0) {
                    sourceLauncher.add(l);
                }
            }
        }
        double bareMedian = median(bare);
        double isolatedMedian = median(isolated);
        double launcherMedian = median(sourceLauncher);
        System.out.printf("%-52s %10.1f ms%n", "bare ProcessBuilder, java -cp classes Trivial", bareMedian);
        System.out.printf("%-52s %10.1f ms%n", "IsolatedProcess.run, same command", isolatedMedian);
        System.out.printf("%-52s %10.1f ms%n", "IsolatedProcess.run, source launcher java Trivial.java",
                launcherMedian);
        System.out.printf("%nisolation overhead: %+.1f ms per run (%.2f x bare)%n",
                isolatedMedian - bareMedian, isolatedMedian / bareMedian);
        System.out.printf("source launcher / precompiled (both isolated) = %.1f x%n", launcherMedian / isolatedMedian);
        System.out.printf("mins: bare %.1f ms, isolated %.1f ms%n", min(bare), min(isolated));
        System.out.printf("goal: <= 250 ms per forked sample: %s%n", isolatedMedian <= 250 ? "met" : "NOT met on this run");
        System.out.printf("load average at the end: %s (a loaded machine stretches every figure)%n", loadAverage());
    }

    private static double bare(List<String> command, Path dir) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double isolated(List<String> command) throws IOException {
        long t0 = System.nanoTime();
        try (TempWorkDir dir = TempWorkDir.create()) {
            ProcessRun run = IsolatedProcess.run(new ProcessSpec(command, dir.path(),
                    MinimalEnvironment.forWorkingDirectory(dir.path()), Duration.ofSeconds(60), false, 10_000));
            if (!run.succeeded()) {
                throw new IllegalStateException("benchmark run failed: " + run);
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
