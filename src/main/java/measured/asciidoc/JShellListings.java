package measured.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.util.List;
import java.util.Map;

/** The {@code [source,jshell]} listings of a parsed page, in page order: one JShell session. */
final class JShellListings {

    static final String LANGUAGE = "jshell";

    private JShellListings() {
    }

    static List<StructuralNode> of(Document document) {
        return document.findBy(Map.of("context", ":listing", "style", "source")).stream()
                .filter(block -> LANGUAGE.equals(block.getAttribute("language")))
                .toList();
    }
}
