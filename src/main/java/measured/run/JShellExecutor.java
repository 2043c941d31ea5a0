package measured.run;

import measured.run.jshell.BlockResult;
import measured.run.jshell.JShellOptions;
import measured.run.jshell.JShellSession;
import measured.run.process.TempWorkDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a page's JShell blocks in order in one session of its own JVM, in an empty temporary working
 * directory. Preview features are on, so a page can show structured concurrency in JShell too.
 */
final class JShellExecutor {

    JShellResult execute(JShellRequest request) {
        RunOrigin origin = RunOrigin.here();
        List<BlockResult> results = new ArrayList<>();
        try (TempWorkDir workingDirectory = TempWorkDir.create();
             JShellSession session = JShellSession.start(JShellOptions.in(workingDirectory.path())
                     .withJvmOptions("--enable-preview")
                     .withOutputLimit(SampleExecutor.OUTPUT_LIMIT_CHARS))) {
            for (JShellRequest.Block block : request.blocks()) {
                results.add(session.run(block.source(), block.timeout()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a JShell session for " + request.pagePath(), e);
        }
        return new JShellResult(request, results, origin);
    }
}
