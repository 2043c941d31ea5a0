package measured.asciidoc;

import measured.plan.BlockId;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The line of a page that holds some inline text: Asciidoctor knows only where a block starts, so the page's
 * own lines are searched from there for the text (a paragraph, list item or table cell may span many lines).
 */
final class InlinePlace {

    private InlinePlace() {
    }

    /** The page line at or after the enclosing block's first line that contains {@code text}; else the block's line. */
    static BlockId of(ContentNode node, String text) {
        StructuralNode block = enclosingBlock(node);
        BlockId start = PageAttributes.id(block);
        Object file = node.getDocument().getAttribute("docfile");
        if (file == null || start.line() <= 0) {
            return start;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(file.toString()));
            for (int i = start.line() - 1; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return new BlockId(start.page(), i + 1);
                }
            }
        } catch (IOException e) {
            // the block's own line is still a useful place to look
        }
        return start;
    }

    private static StructuralNode enclosingBlock(ContentNode node) {
        ContentNode current = node;
        while (current != null) {
            if (current instanceof StructuralNode block && block.getSourceLocation() != null) {
                return block;
            }
            current = current.getParent();
        }
        return node.getDocument();
    }
}
