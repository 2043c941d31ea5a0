package measured.plan;

import measured.measure.ChartSpec;
import measured.run.SampleRequest;

import java.util.Optional;

/**
 * One {@code sample::} on a page, as planned: where it stands, what to run, what the page claims about the
 * run, the part of the source the page shows (the whole program, or a tagged excerpt), and the chart asked for.
 */
public record SampleUse(BlockId at, SampleRequest request, Claims claims, String shownSource, boolean excerpt,
                        Optional<ChartSpec> chart) {
}
