package measured.run;

import measured.machine.LoadMeter;
import measured.outcome.Ending;
import measured.outcome.Origin;
import measured.outcome.Outcome;
import measured.outcome.Run;
import measured.run.process.IsolatedProcess;
import measured.run.process.MinimalEnvironment;
import measured.run.process.ProcessRun;
import measured.run.process.ProcessSpec;
import measured.run.process.TempWorkDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one sample as its request says: compiles it (once), then runs the class in a fresh JVM in an
 * empty temporary working directory, once, or for a measurement a warm-up run followed by n counted runs.
 */
final class SampleExecutor {

    /** Output beyond this is cut (with a note): a sample that prints megabytes must not bloat a page. */
    static final int OUTPUT_LIMIT_CHARS = 64 * 1024;

    private final Path samplesRoot;
    private final SampleCompiler compiler;
    private final LoadMeter load;
    private final RunPlace place;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    SampleExecutor(Path samplesRoot, SampleCompiler compiler, LoadMeter load, RunPlace place) {
        this.samplesRoot = samplesRoot;
        this.compiler = compiler;
        this.load = load;
        this.place = place;
    }

    Outcome execute(SampleRequest request, Supplier<Origin> origin) {
        Compilation compilation = compiler.compile(samplesRoot.resolve(request.samplePath()), request.dependencies().jars(),
                request.dependencies().sources().stream().map(samplesRoot::resolve).toList(),
                request.dependencies().compileOptions());
        Origin startedAt = origin.get();
        if (!compilation.succeeded()) {
            return Outcome.single(Run.didNotCompile(compilation.errors().orElseThrow()), startedAt, compilation.preview());
        }
        int warmUps = request.isMeasurement() ? 1 : 0;
        for (int i = 0; i < warmUps; i++) {
            runOnce(request, compilation); // file-system caches, CDS archive, CPU frequency
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < request.countedRuns(); i++) {
            runs.add(runOnce(request, compilation));
        }
        return new Outcome(runs, warmUps, startedAt, compilation.preview(), 1);
    }

    private Run runOnce(SampleRequest request, Compilation compilation) {
        try (TempWorkDir workingDirectory = place.workingDirectory()) {
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            // Java takes user.home from the password database, not HOME: point it (and tmpdir) inside the run.
            command.addAll(MinimalEnvironment.javaOptions(workingDirectory.path()));
            if (compilation.preview()) {
                command.add("--enable-preview");
            }
            command.addAll(request.dependencies().runOptions());
            List<Path> classPath = new ArrayList<>(List.of(compilation.classes()));
            classPath.addAll(request.dependencies().jars());
            command.addAll(List.of("-cp", SampleCompiler.classPath(classPath), compilation.mainClass()));
            command.addAll(request.args());
            ProcessSpec spec = new ProcessSpec(command, workingDirectory.path(),
                    MinimalEnvironment.forWorkingDirectory(workingDirectory.path()),
                    request.timeout(), true, OUTPUT_LIMIT_CHARS, place.sandbox());
            Optional<LoadMeter.Reading> before = load.read();
            ProcessRun run = IsolatedProcess.run(spec);
            return asRun(run, LoadMeter.otherLoad(before, load.read()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + request.samplePath(), e);
        }
    }

    private static Run asRun(ProcessRun run, Optional<Double> otherLoad) {
        Ending ending = run.timedOut() ? Ending.TIMED_OUT : run.exitCode() == 0 ? Ending.COMPLETED : Ending.FAILED;
        return new Run(run.output(), run.droppedChars(), ending, run.exitCode(), Optional.empty(), 0, run.wallTime(),
                Optional.ofNullable(run.threadDump()), otherLoad);
    }
}
