package measured.plan;

import measured.run.JShellRequest;

/**
 * One {@code [source,jshell]} block on a page, as planned: where it stands, the line of its first code line
 * (the listing's opening delimiter is the block's own line), what to run and what the page claims about it.
 */
public record JShellUse(BlockId at, int firstCodeLine, JShellRequest.Block block, Claims claims) {
}
