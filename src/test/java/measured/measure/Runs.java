package measured.measure;

import java.time.Duration;

import measured.run.process.ProcessRun;

/** Finished runs made up for tests: an output and a wall time. */
final class Runs {

    private Runs() {
    }

    static ProcessRun run(long wallMillis, String output) {
        return new ProcessRun(output, 0, Duration.ofMillis(wallMillis), false, null, 0);
    }
}
