package measured.asciidoc;

import measured.measure.ChartData;
import measured.measure.ChartSpec;
import measured.measure.MeasureException;
import measured.measure.MeasuredTable;
import measured.measure.Measurement;
import measured.measure.Report;
import measured.measure.Requirements;
import measured.run.SampleRequest;
import measured.run.SampleResult;
import measured.run.SampleRuns;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replaces each {@code sample::} placeholder with the program's source and the output of its real run,
 * verified against the page's claims (expect, check, require) and, for a measurement, its statistics
 * and chart. While pages are being planned it only asks for the runs. It works on the finished tree
 * because only there do blocks know their line in the page.
 */
public final class SampleTreeprocessor extends Treeprocessor {

    @Override
    public Document process(Document document) {
        for (StructuralNode placeholder : document.findBy(Map.of("role", SampleBlockMacroProcessor.PLACEHOLDER_ROLE))) {
            PendingSample pending = BakeSession.current().pendingSamples().take(placeholder);
            StructuralNode parent = (StructuralNode) placeholder.getParent();
            StructuralNode replacement = render(placeholder, pending);
            replace(parent.getBlocks(), placeholder, replacement);
        }
        return document;
    }

    /**
     * Swaps a placeholder for its replacement. Found by its id attribute: AsciidoctorJ's node wrappers do
     * not compare equal for the top-level blocks of a document, so {@code indexOf} cannot be trusted.
     */
    private static void replace(List<StructuralNode> blocks, StructuralNode placeholder, StructuralNode replacement) {
        Object id = placeholder.getAttribute(PendingSamples.ID_ATTRIBUTE);
        for (int i = 0; i < blocks.size(); i++) {
            if (id.equals(blocks.get(i).getAttribute(PendingSamples.ID_ATTRIBUTE))) {
                blocks.set(i, replacement);
                return;
            }
        }
        throw new IllegalStateException("placeholder " + id + " is not among its parent's blocks");
    }

    private StructuralNode render(StructuralNode placeholder, PendingSample pending) {
        StructuralNode parent = (StructuralNode) placeholder.getParent();
        BakeSession session = BakeSession.current();
        String target = pending.target();
        String where = PageAttributes.where(placeholder);
        SampleRuns runs = session.runs();
        if (!runs.exists(target)) {
            session.problems().report(where, "sample::" + target + ": no such file under samples/: "
                    + "create samples/" + target + " or correct the path");
            return notice(parent, "Missing sample: " + target);
        }
        BlockAttributes read = BlockAttributes.read(pending.attributes(), true);
        SampleRequest request = new SampleRequest(target, read.args(), read.expect(), read.timeout(), read.runs());
        Optional<Pattern> check = read.check();
        Claims claims = Claims.read(read, pending.attributes(), placeholder.getTitle() != null ? placeholder.getTitle() : target);
        SampleSource source = SampleSource.read(runs.sampleFile(target), read.text("tag"), read.errors());
        read.errors().forEach(error -> session.problems().report(where, "sample::" + target + ": " + error));
        if (!read.errors().isEmpty()) {
            return notice(parent, "Sample with errors: " + target);
        }
        if (PagePlanner.isPlanning(parent)) {
            runs.plan(request);
            return notice(parent, target);
        }
        SampleResult result = runs.result(request);
        List<String> problems = new ArrayList<>(RunVerdict.problems("sample " + target, request.expect(), result, check));
        SampleResultHtml.Shown shown = problems.isEmpty()
                ? measure(target, result, claims, problems, pending.id())
                : new SampleResultHtml.Shown(result, Optional.empty(), List.of(), Optional.empty(), "");
        problems.forEach(problem -> session.problems().report(where, problem));
        if (problems.isEmpty()) {
            runs.keep(result);
        }
        session.outputs().recordSample(PageAttributes.pagePath(parent), target, result, problems.isEmpty());
        return SampleFigure.create(this, parent, target, source,
                SampleResultHtml.render(target, shown, PageAttributes.rootPath(parent), PageAttributes.siteHost(parent)));
    }

    /** Reads the numbers and tables the runs report, checks require= and selects the chart. */
    private static SampleResultHtml.Shown measure(String target, SampleResult result, Claims claims,
                                                   List<String> problems, String id) {
        if (result.compileErrors().isPresent()) {
            return new SampleResultHtml.Shown(result, Optional.empty(), List.of(), Optional.empty(), "");
        }
        try {
            Optional<Measurement> measurement = Optional.empty();
            List<MeasuredTable> tables;
            if (result.request().isMeasurement()) {
                Measurement m = Measurement.of(result.runs());
                measurement = Optional.of(m);
                tables = m.tables();
                claims.requirements().ifPresent(r -> problems.addAll(prefixed(target, r.failures(m))));
            } else {
                Report report = Report.parse(result.shownRun().orElseThrow().output());
                tables = report.tables().stream().map(MeasuredTable::single).toList();
                claims.requirements().ifPresent(r -> problems.addAll(prefixed(target, r.failures(report))));
            }
            Optional<ChartData> chart = claims.chart().map(spec -> spec.select(tables.stream().map(MeasuredTable::medians).toList()));
            return new SampleResultHtml.Shown(result, measurement, tables, chart, "chart-" + id);
        } catch (MeasureException e) {
            problems.add("sample " + target + ": " + e.getMessage());
            return new SampleResultHtml.Shown(result, Optional.empty(), List.of(), Optional.empty(), "");
        }
    }

    private static List<String> prefixed(String target, List<String> failures) {
        return failures.stream().map(f -> "sample " + target + ": " + f).toList();
    }

    /** What stands in a page whose sample could not be shown (such a page is only seen in serve mode). */
    private StructuralNode notice(StructuralNode parent, String text) {
        return createBlock(parent, "pass", "<p class=\"sample-problem\">" + measured.render.HtmlEscape.text(text) + "</p>");
    }

    /** The parsed require= and chart attributes of one sample; errors go to the attribute reader. */
    record Claims(Optional<Requirements> requirements, Optional<ChartSpec> chart) {

        static Claims read(BlockAttributes read, Map<String, Object> attributes, String defaultTitle) {
            Optional<Requirements> requirements = Optional.empty();
            Optional<ChartSpec> chart = Optional.empty();
            try {
                requirements = read.text("require").map(Requirements::parse);
            } catch (MeasureException e) {
                read.errors().add(e.getMessage());
            }
            try {
                Map<String, String> texts = new HashMap<>();
                attributes.forEach((key, value) -> texts.put(key, String.valueOf(value)));
                chart = ChartSpec.parse(texts, defaultTitle);
            } catch (MeasureException e) {
                read.errors().add(e.getMessage());
            }
            return new Claims(requirements, chart);
        }
    }
}
