package measured.plan;

import measured.measure.ChartSpec;
import measured.run.SampleRequest;

import java.util.Optional;

/**
 * One {@code sample::} on a page, as planned: where it stands, its id when the page gives it one (prose refers to
 * it as {@code value:#id[…]}), what to run, what the page claims about the run, the part of the source the page
 * shows (the whole program, or a tagged excerpt), and the chart asked for.
 */
public record SampleUse(BlockId at, Optional<String> id, SampleRequest request, Claims claims, String shownSource,
                        boolean excerpt, Optional<ChartSpec> chart) {
}
