package measured.asciidoc;

import measured.plan.Problem;
import measured.prose.PageInputs;
import measured.prose.ProseLint;
import measured.verify.RunValues;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page's prose — paragraphs, list items, description lists, table cells; never listings, outputs or
 * passthroughs — with the {@link ProseLint} rules, and reports each hand-typed "(checked)" or measured-looking
 * number at its line.
 */
final class ProseLintTreeprocessor extends Treeprocessor {

    private static final Set<String> NOT_PROSE = Set.of("listing", "literal", "pass", "stem", "image", "audio", "video");

    private final PageInputs inputs;
    private final RunValues values;
    private final RenderProblems problems;

    ProseLintTreeprocessor(PageInputs inputs, RunValues values, RenderProblems problems) {
        this.inputs = inputs;
        this.values = values;
        this.problems = problems;
    }

    @Override
    public Document process(Document document) {
        String page = PageAttributes.pagePath(document);
        Optional<Set<Double>> pageInputs = inputs.of(page);
        Lint lint = new Lint(pageInputs.isPresent(), pageInputs.orElse(Set.of()), values.labelsOn(page));
        walk(document.getBlocks(), lint);
        return document;
    }

    private record Lint(boolean runsSamples, Set<Double> inputs, List<String> references) {
    }

    private void walk(List<StructuralNode> blocks, Lint lint) {
        for (StructuralNode node : blocks) {
            if (NOT_PROSE.contains(node.getContext())) {
                continue;
            }
            switch (node) {
                case Table table -> {
                    for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
                        rows.forEach(row -> row.getCells().forEach(cell -> cell(cell, lint)));
                    }
                }
                case DescriptionList list -> {
                    for (DescriptionListEntry entry : list.getItems()) {
                        entry.getTerms().forEach(term -> check(term, term.getSource(), lint));
                        if (entry.getDescription() != null) {
                            check(entry.getDescription(), entry.getDescription().getSource(), lint);
                            walk(entry.getDescription().getBlocks(), lint);
                        }
                    }
                }
                case ListItem item -> {
                    check(item, item.getSource(), lint);
                    walk(item.getBlocks(), lint);
                }
                case Block block when "simple".equals(block.getContentModel()) -> check(block, block.getSource(), lint);
                default -> walk(node.getBlocks(), lint);
            }
        }
    }

    private void cell(Cell cell, Lint lint) {
        if (cell.getInnerDocument() != null) {
            walk(cell.getInnerDocument().getBlocks(), lint);
        } else {
            check(cell, cell.getSource(), lint);
        }
    }

    private void check(ContentNode node, String source, Lint lint) {
        if (source == null || source.isBlank()) {
            return;
        }
        for (ProseLint.Finding finding : ProseLint.check(source, lint.runsSamples(), lint.inputs(), lint.references())) {
            problems.report(Problem.at(InlinePlace.of(node, finding.text()), finding.message()));
        }
    }
}
