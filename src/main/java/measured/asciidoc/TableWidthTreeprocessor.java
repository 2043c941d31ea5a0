package measured.asciidoc;

import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

import java.util.Map;

/**
 * Gives every table automatic column widths. Asciidoctor otherwise writes each column's width as an
 * inline style ({@code <col style="width: 50%;">}), which the site's Content-Security-Policy
 * ({@code style-src 'self'}) blocks; the stylesheet lays tables out instead.
 */
final class TableWidthTreeprocessor extends Treeprocessor {

    private static final String AUTOWIDTH = "autowidth-option";

    @Override
    public Document process(Document document) {
        for (StructuralNode node : document.findBy(Map.of("context", ":table"))) {
            if (node instanceof Table table) {
                table.setAttribute(AUTOWIDTH, "", true);
                for (Column column : table.getColumns()) {
                    column.setAttribute(AUTOWIDTH, "", true);
                }
            }
        }
        return document;
    }
}
