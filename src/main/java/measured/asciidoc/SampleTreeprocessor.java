package measured.asciidoc;

import measured.run.Expectation;
import measured.run.SampleRequest;
import measured.run.SampleResult;
import measured.run.SampleRuns;
import measured.run.process.ProcessRun;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replaces each {@code sample::} placeholder with the program's source and the output of its real run,
 * verified against the page's expectations (expect, check, require). While pages are being planned it
 * only asks for the runs. It works on the finished tree because only there do blocks know their line.
 */
public final class SampleTreeprocessor extends Treeprocessor {

    @Override
    public Document process(Document document) {
        for (StructuralNode placeholder : document.findBy(Map.of("role", SampleBlockMacroProcessor.PLACEHOLDER_ROLE))) {
            PendingSample pending = BakeSession.current().pendingSamples().take(placeholder);
            StructuralNode parent = (StructuralNode) placeholder.getParent();
            int index = parent.getBlocks().indexOf(placeholder);
            StructuralNode replacement = render(placeholder, pending.target(), pending.attributes());
            parent.getBlocks().add(index, replacement);
            parent.getBlocks().remove(index + 1);
        }
        return document;
    }

    private StructuralNode render(StructuralNode placeholder, String target, Map<String, Object> attributes) {
        StructuralNode parent = (StructuralNode) placeholder.getParent();
        BakeSession session = BakeSession.current();
        String where = PageAttributes.where(placeholder);
        BlockAttributes read = BlockAttributes.read(attributes, true);
        SampleRuns runs = session.runs();
        if (!runs.exists(target)) {
            session.problems().report(where, "sample::" + target + ": no such file under samples/: "
                    + "create samples/" + target + " or correct the path");
            return notice(parent, "Missing sample: " + target);
        }
        SampleRequest request = new SampleRequest(target, read.args(), read.expect(), read.timeout(), read.runs());
        Optional<Pattern> check = read.check();
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
        List<String> problems = verify(target, request, result, check);
        problems.forEach(problem -> session.problems().report(where, problem));
        if (problems.isEmpty()) {
            runs.keep(result);
        }
        session.outputs().recordSample(PageAttributes.pagePath(parent), target, result, problems.isEmpty());
        return SampleFigure.create(this, parent, target, source, result, attributes);
    }

    /** What stands in a page whose sample could not be shown (such a page is only seen in serve mode). */
    private StructuralNode notice(StructuralNode parent, String text) {
        return createBlock(parent, "pass", "<p class=\"sample-problem\">" + Html.escape(text) + "</p>");
    }

    private static List<String> verify(String target, SampleRequest request, SampleResult result, Optional<Pattern> check) {
        List<String> problems = new ArrayList<>();
        String what = "sample " + target;
        if (result.compileErrors().isPresent()) {
            if (request.expect() != Expectation.FAIL) {
                problems.add(what + " does not compile: fix it, or write expect=fail if the compile error is the point"
                        + OutcomeProblems.tail(result.compileErrors().get()));
            }
            check.flatMap(c -> OutcomeProblems.check(what, c, result.compileErrors().get())).ifPresent(problems::add);
            return problems;
        }
        for (ProcessRun run : result.runs()) {
            OutcomeProblems.expectation(what, request.expect(), run).ifPresent(problems::add);
            String searched = run.threadDump() == null ? run.output() : run.output() + "\n" + run.threadDump();
            check.flatMap(c -> OutcomeProblems.check(what, c, searched)).ifPresent(problems::add);
        }
        return problems.stream().distinct().toList();
    }
}
