package measured.run;

import measured.run.jshell.BlockResult;

import java.util.List;

/** How each block of a page's JShell session ended, in page order, and where and when it ran. */
public record JShellResult(JShellRequest request, List<BlockResult> blocks, RunOrigin origin) {

    public JShellResult {
        blocks = List.copyOf(blocks);
    }
}
