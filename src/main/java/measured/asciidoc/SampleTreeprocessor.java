package measured.asciidoc;

import measured.plan.BlockId;
import measured.render.HtmlEscape;
import measured.render.SampleHtml;
import measured.site.SiteLayout;
import measured.verify.VerifiedSample;
import measured.verify.Verifications;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rendering step for samples: replaces each {@code sample::} placeholder with the program's source and
 * the verified result of its run, as the planning and running steps left it for this block.
 */
final class SampleTreeprocessor extends Treeprocessor {

    private final Verifications verified;

    SampleTreeprocessor(Verifications verified) {
        this.verified = verified;
    }

    @Override
    public Document process(Document document) {
        int number = 0;
        for (StructuralNode placeholder : document.findBy(Map.of("role", SampleBlockMacroProcessor.PLACEHOLDER_ROLE))) {
            StructuralNode parent = (StructuralNode) placeholder.getParent();
            replace(parent.getBlocks(), placeholder, render(placeholder, ++number));
        }
        return document;
    }

    private StructuralNode render(StructuralNode placeholder, int number) {
        StructuralNode parent = (StructuralNode) placeholder.getParent();
        BlockId at = PageAttributes.id(placeholder);
        Optional<VerifiedSample> sample = verified.sampleAt(at);
        if (sample.isEmpty()) {
            // The planning step reported why (a missing file, a wrong attribute); the page is never published.
            String target = String.valueOf(placeholder.getAttribute(SampleBlockMacroProcessor.TARGET));
            return createBlock(parent, "pass", "<p class=\"sample-problem\">Sample with errors: "
                    + HtmlEscape.text(target) + "</p>");
        }
        String html = SampleHtml.render(sample.get(), SiteLayout.rootPath(at.page()), PageAttributes.siteHost(placeholder),
                "chart-" + number);
        return SampleFigure.create(this, parent, sample.get().use(), html);
    }

    /**
     * Swaps a placeholder for its replacement. Found by its line: AsciidoctorJ's node wrappers do not compare
     * equal for the top-level blocks of a document, so {@code indexOf} cannot be trusted.
     */
    private static void replace(List<StructuralNode> blocks, StructuralNode placeholder, StructuralNode replacement) {
        int line = PageAttributes.line(placeholder);
        for (int i = 0; i < blocks.size(); i++) {
            StructuralNode block = blocks.get(i);
            if (block.hasRole(SampleBlockMacroProcessor.PLACEHOLDER_ROLE) && PageAttributes.line(block) == line) {
                blocks.set(i, replacement);
                return;
            }
        }
        throw new IllegalStateException("the placeholder at line " + line + " is not among its parent's blocks");
    }
}
