package measured.run;

import measured.machine.LoadMeter;
import measured.outcome.Ending;
import measured.outcome.Origin;
import measured.outcome.Outcome;
import measured.outcome.Run;
import measured.run.jshell.BlockResult;
import measured.run.jshell.JShellOptions;
import measured.run.jshell.JShellSession;
import measured.run.process.TempWorkDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a page's JShell blocks in order in one session of its own JVM, in an empty temporary working
 * directory; each block's result is an outcome of one run. Preview features are on, so a page can show
 * structured concurrency in JShell too.
 */
final class JShellExecutor {

    private final LoadMeter load;
    private final RunPlace place;

    JShellExecutor(LoadMeter load, RunPlace place) {
        this.load = load;
        this.place = place;
    }

    List<Outcome> execute(JShellRequest request, Supplier<Origin> origin) {
        Origin startedAt = origin.get();
        List<Outcome> outcomes = new ArrayList<>();
        try (TempWorkDir workingDirectory = place.workingDirectory();
             JShellSession session = JShellSession.start(JShellOptions.in(workingDirectory.path())
                     .withJvmOptions("--enable-preview")
                     .withOutputLimit(SampleExecutor.OUTPUT_LIMIT_CHARS)
                     .in(place.sandbox()))) {
            for (JShellRequest.Block block : request.blocks()) {
                Optional<LoadMeter.Reading> before = load.read();
                BlockResult result = session.run(block.source(), block.timeout());
                outcomes.add(Outcome.single(asRun(result, LoadMeter.otherLoad(before, load.read())), startedAt, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a JShell session for " + request.pagePath(), e);
        }
        return outcomes;
    }

    private static Run asRun(BlockResult block, Optional<Double> otherLoad) {
        Ending ending = switch (block.status()) {
            case OK -> Ending.COMPLETED;
            case COMPILE_ERROR -> Ending.DID_NOT_COMPILE;
            case EXCEPTION, SESSION_ENDED -> Ending.FAILED;
            case TIMED_OUT -> Ending.TIMED_OUT;
        };
        return new Run(block.output(), block.droppedChars(), ending, 0, Optional.ofNullable(block.errorMessage()),
                block.errorLine(), block.wallTime(), Optional.ofNullable(block.threadDump()), otherLoad);
    }
}
