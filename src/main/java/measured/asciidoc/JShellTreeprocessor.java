package measured.asciidoc;

import measured.run.Expectation;
import measured.run.JShellRequest;
import measured.run.JShellResult;
import measured.measure.Stamp;
import measured.render.OutputHtml;
import measured.render.StampHtml;
import measured.run.RunOrigin;
import measured.run.jshell.BlockResult;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs a page's {@code [source,jshell]} blocks in order in one JShell session of that page and puts
 * each block's output under it, verified against the block's expect and check; the first block also
 * links the page's whole session as a {@code .jsh} file a learner can run with {@code jshell}.
 */
public final class JShellTreeprocessor extends Treeprocessor {

    private record Use(StructuralNode block, JShellRequest.Block request, Optional<Pattern> check, String where,
                       int firstCodeLine) {
    }

    @Override
    public Document process(Document document) {
        List<StructuralNode> blocks = document.findBy(Map.of("context", ":listing", "style", "source")).stream()
                .filter(block -> "jshell".equals(block.getAttribute("language")))
                .toList();
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).setAttribute(BLOCK_NUMBER, Integer.toString(i), true);
            blocks.get(i).setAttribute("language", "java", true); // highlighted as the Java it is
            blocks.get(i).addRole("jshell"); // <div class="listingblock jshell">: readers' tools and tests find it
        }
        if (blocks.isEmpty()) {
            return document;
        }
        BakeSession session = BakeSession.current();
        String page = PageAttributes.pagePath(document);
        List<Use> uses = new ArrayList<>();
        boolean valid = true;
        for (StructuralNode block : blocks) {
            BlockAttributes read = BlockAttributes.read(block.getAttributes(), false);
            String source = ((org.asciidoctor.ast.Block) block).getSource();
            Use use = new Use(block, new JShellRequest.Block(source, read.expect(), read.timeout()), read.check(),
                    // A listing's source location is its opening ---- line; the code starts on the next.
                    PageAttributes.where(block), PageAttributes.line(block) + 1);
            read.errors().forEach(error -> session.problems().report(use.where(), "[source,jshell]: " + error));
            valid &= read.errors().isEmpty();
            uses.add(use);
        }
        if (!valid) {
            return document;
        }
        JShellRequest request = new JShellRequest(page, uses.stream().map(Use::request).toList());
        if (PagePlanner.isPlanning(document)) {
            session.runs().plan(request);
            return document;
        }
        JShellResult result = session.runs().result(request);
        boolean allVerified = true;
        String script = JShellScript.fileName(page);
        for (int i = 0; i < uses.size(); i++) {
            Use use = uses.get(i);
            BlockResult outcome = result.blocks().get(i);
            List<String> problems = verify(use, outcome, page);
            problems.forEach(problem -> session.problems().report(use.where(), problem));
            allVerified &= problems.isEmpty();
            String html = (i == 0 ? JShellScript.linkHtml(script) : "") + output(outcome, result.origin());
            insertAfter(use.block(), createBlock((StructuralNode) use.block().getParent(), "pass", html), i);
        }
        session.outputs().addFile(JShellScript.sitePath(page), JShellScript.of(request));
        if (allVerified) {
            session.runs().keep(result);
        }
        session.outputs().recordJShell(page, result, allVerified);
        return document;
    }

    private static final String BLOCK_NUMBER = "measured-jshell-block";

    /**
     * Inserts the output after its block. The block is found by the number this processor gave it:
     * AsciidoctorJ's node wrappers do not compare equal, so {@code indexOf} cannot be trusted.
     */
    private static void insertAfter(StructuralNode block, StructuralNode output, int number) {
        List<StructuralNode> siblings = ((StructuralNode) block.getParent()).getBlocks();
        for (int i = 0; i < siblings.size(); i++) {
            if (Integer.toString(number).equals(siblings.get(i).getAttribute(BLOCK_NUMBER))) {
                siblings.add(i + 1, output);
                return;
            }
        }
        throw new IllegalStateException("JShell block " + number + " is not among its parent's blocks");
    }

    private static String output(BlockResult outcome, RunOrigin origin) {
        String html = OutputHtml.render(outcome.output(), 0).replaceFirst("class=\"output", "class=\"output jshell-output");
        if (outcome.threadDump() != null) {
            html += "<details class=\"thread-dump\"><summary>Thread dump taken before the block was stopped</summary>"
                    + OutputHtml.threadDump(outcome.threadDump()) + "</details>";
        }
        return html + StampHtml.render(new Stamp(origin.measuredAt(), outcome.wallTime(), origin.jdk(), origin.cores(),
                origin.os(), origin.arch(), origin.fromCache()));
    }

    private static List<String> verify(Use use, BlockResult outcome, String page) {
        List<String> problems = new ArrayList<>();
        Expectation expect = use.request().expect();
        boolean met = switch (expect) {
            case OK -> outcome.status() == BlockResult.Status.OK;
            case FAIL -> outcome.status() == BlockResult.Status.COMPILE_ERROR
                    || outcome.status() == BlockResult.Status.EXCEPTION
                    || outcome.status() == BlockResult.Status.SESSION_ENDED;
            case TIMEOUT -> outcome.status() == BlockResult.Status.TIMED_OUT;
        };
        if (!met) {
            String at = outcome.errorLine() > 0
                    ? " at " + page + ":" + (use.firstCodeLine() + outcome.errorLine() - 1) : "";
            problems.add("[source,jshell] block ended with " + outcome.status().name().toLowerCase().replace('_', ' ')
                    + at + (outcome.errorMessage() == null ? "" : " (" + outcome.errorMessage() + ")")
                    + " but the page says expect=" + expect.word()
                    + ": fix the code, or write expect=fail / expect=timeout if that is the point"
                    + OutcomeProblems.tail(outcome.output()));
        }
        use.check().flatMap(check -> OutcomeProblems.check("[source,jshell] block", check,
                outcome.threadDump() == null ? outcome.output() : outcome.output() + "\n" + outcome.threadDump()))
                .ifPresent(problems::add);
        return problems;
    }
}
