package measured.asciidoc;

import measured.render.CatalogHtml;
import measured.site.SiteLayout;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.List;
import java.util.Map;

/** {@code sample-catalog::[]}: the table of every run the site shows, from this bake's results. */
@Name("sample-catalog")
final class CatalogBlockMacroProcessor extends BlockMacroProcessor {

    private final List<CatalogHtml.Row> rows;

    CatalogBlockMacroProcessor(List<CatalogHtml.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String rootPath = SiteLayout.rootPath(PageAttributes.pagePath(parent));
        return createBlock(parent, "pass", CatalogHtml.render(rows, rootPath));
    }
}
