package measured.run;

import measured.outcome.Expectation;

import java.time.Duration;
import java.util.List;

/** The JShell blocks of one page, run in order in one session. */
public record JShellRequest(String pagePath, List<Block> blocks) implements RunRequest {

    /** One block: its code, how it is meant to end, and how long it may take. */
    public record Block(String source, Expectation expect, Duration timeout) {
    }

    public JShellRequest {
        blocks = List.copyOf(blocks);
    }

    @Override
    public String label() {
        return pagePath + " (JShell)";
    }

    @Override
    public boolean alone() {
        return false;
    }
}
