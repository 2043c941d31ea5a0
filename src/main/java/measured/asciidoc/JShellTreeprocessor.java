package measured.asciidoc;

import measured.plan.BlockId;
import measured.render.JShellHtml;
import measured.site.SiteLayout;
import measured.verify.VerifiedBlock;
import measured.verify.Verifications;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.List;
import java.util.Optional;

/**
 * The rendering step for JShell blocks: marks each {@code [source,jshell]} listing as JShell (highlighted as
 * the Java it is) and puts the block's verified output under it; the first block also links the page's whole
 * session as a {@code .jsh} file a learner can run with {@code jshell}.
 */
final class JShellTreeprocessor extends Treeprocessor {

    private final Verifications verified;

    JShellTreeprocessor(Verifications verified) {
        this.verified = verified;
    }

    @Override
    public Document process(Document document) {
        List<StructuralNode> listings = JShellListings.of(document);
        for (int i = 0; i < listings.size(); i++) {
            StructuralNode listing = listings.get(i);
            listing.setAttribute("language", "java", true);
            listing.addRole(JShellListings.LANGUAGE); // <div class="listingblock jshell">: readers' tools and tests find it
            BlockId at = PageAttributes.id(listing);
            Optional<VerifiedBlock> block = verified.blockAt(at);
            if (block.isPresent()) {
                String session = SiteLayout.publishedSession(at.page());
                Optional<String> link = i == 0 ? Optional.of(session.substring(session.lastIndexOf('/') + 1)) : Optional.empty();
                insertAfter(listing, createBlock((StructuralNode) listing.getParent(), "pass", JShellHtml.render(block.get(), link)));
            }
        }
        return document;
    }

    /**
     * Inserts the output after its listing, found by its line: AsciidoctorJ's node wrappers do not compare
     * equal, so {@code indexOf} cannot be trusted.
     */
    private static void insertAfter(StructuralNode listing, StructuralNode output) {
        List<StructuralNode> siblings = ((StructuralNode) listing.getParent()).getBlocks();
        int line = PageAttributes.line(listing);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).hasRole(JShellListings.LANGUAGE) && PageAttributes.line(siblings.get(i)) == line) {
                siblings.add(i + 1, output);
                return;
            }
        }
        throw new IllegalStateException("the JShell listing at line " + line + " is not among its parent's blocks");
    }
}
