package measured.sandbox;

import measured.build.BuildOptions;
import measured.build.FixtureSite;
import measured.build.SiteBuilder;
import measured.run.process.RunningJdk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-runnable benchmark of what the runner adds to a forked sample, with and without the sandbox, measured the
 * way DESIGN.md defines it: (fresh bake of a site with 20 trivial samples − fresh bake of the same site with
 * none) / 20, beside the JVM floor (a precompiled trivial class started bare). Bakes alternate between the four
 * kinds so the machine's noise falls on all alike; medians are printed.
 *
 * <p>Run: {@code ./mvnw -q test-compile && java --enable-native-access=ALL-UNNAMED -cp "$(cat cp.txt)"
 * measured.sandbox.RunnerOverheadBenchmark [rounds]} (see CONTRIBUTING.md, "Benchmarks of the runner").
 */
public final class RunnerOverheadBenchmark {

    private static final int SAMPLES = 20;

    private RunnerOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Files.createTempDirectory("runner-overhead-");
        FixtureSite none = site(root.resolve("none"), 0);
        FixtureSite twenty = site(root.resolve("twenty"), SAMPLES);
        List<Double> sandboxed0 = new ArrayList<>(), sandboxed20 = new ArrayList<>();
        List<Double> plain0 = new ArrayList<>(), plain20 = new ArrayList<>(), floor = new ArrayList<>();
        Path trivial = trivialClass(root);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (SiteBuilder builder = new SiteBuilder(quiet)) {
            bake(builder, twenty.options().withFresh(true)); // warm-up: JRuby, the JIT, the file cache
            for (int round = 0; round < rounds; round++) {
                sandboxed0.add(bake(builder, none.options().withFresh(true)));
                sandboxed20.add(bake(builder, twenty.options().withFresh(true)));
                plain0.add(bake(builder, none.options().withFresh(true).withSandbox(false)));
                plain20.add(bake(builder, twenty.options().withFresh(true).withSandbox(false)));
                floor.add(jvmFloor(trivial));
            }
        }
        System.out.printf("Runner overhead: %d rounds, %d cores, JDK %s, load %s%n", rounds,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
        System.out.printf("%-58s %8.3f s%n", "JVM floor (java -cp classes Trivial, bare)", median(floor));
        report("sandbox (PID/mount/network namespaces)", median(sandboxed0), median(sandboxed20));
        report("no sandbox (process groups only)", median(plain0), median(plain20));
    }

    private static void report(String kind, double none, double twenty) {
        System.out.printf("%-58s %8.3f s%n", kind + ": bake with none", none);
        System.out.printf("%-58s %8.3f s%n", kind + ": bake with " + SAMPLES, twenty);
        System.out.printf("%-58s %8.3f s%n", kind + ": added cost per sample", (twenty - none) / SAMPLES);
    }

    private static FixtureSite site(Path folder, int samples) {
        FixtureSite site = FixtureSite.create(folder);
        StringBuilder page = new StringBuilder("= Trivial\n:description: Trivial samples.\n\n");
        for (int i = 0; i < samples; i++) {
            // Each sample differs, so none shares another's compiled classes or cache entry.
            site.sample("t/T" + i + ".java", "void main() { IO.println(\"sample " + i + "\"); }");
            page.append("sample::t/T").append(i).append(".java[]\n\n");
        }
        return site.page("trivial.adoc", page.toString());
    }

    private static double bake(SiteBuilder builder, BuildOptions options) {
        long start = System.nanoTime();
        builder.bake(options);
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path trivialClass(Path root) throws IOException, InterruptedException {
        Path source = root.resolve("Trivial.java");
        Files.writeString(source, "public class Trivial { public static void main(String[] a) { System.out.println(\"hi\"); } }");
        Process javac = new ProcessBuilder(RunningJdk.home().resolve("bin/javac").toString(), "-d", root.toString(),
                source.toString()).inheritIO().start();
        javac.waitFor();
        return root;
    }

    private static double jvmFloor(Path classes) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process java = new ProcessBuilder(RunningJdk.java().toString(), "-cp", classes.toString(), "Trivial")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        java.waitFor();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
