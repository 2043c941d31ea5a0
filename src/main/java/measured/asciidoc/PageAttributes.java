package measured.asciidoc;

import measured.plan.BlockId;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

/**
 * The document attributes the planner and the page converter set for the extensions (the page's path, the
 * lines JBake cut off before the body, the published base URL), and how an extension turns a block into the
 * {@link BlockId} that plans, results and problems are keyed by.
 */
final class PageAttributes {

    static final String PAGE_PATH = "measured-page";
    static final String LINE_OFFSET = "measured-line-offset";
    static final String SITE_HOST = "measured-site-host";

    private PageAttributes() {
    }

    static String pagePath(ContentNode node) {
        Object page = node.getDocument().getAttribute(PAGE_PATH);
        return page == null ? "<unknown page>" : page.toString();
    }

    /** The published base URL without a trailing slash, for links that leave the site (JBang). */
    static String siteHost(ContentNode node) {
        Object host = node.getDocument().getAttribute(SITE_HOST);
        String text = host == null ? "" : host.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The block's line in the page file (1-based), or 0 when Asciidoctor did not record one. */
    static int line(StructuralNode block) {
        Cursor cursor = block.getSourceLocation();
        if (cursor == null) {
            return 0;
        }
        Object offset = block.getDocument().getAttribute(LINE_OFFSET);
        return cursor.getLineNumber() + (offset == null ? 0 : Integer.parseInt(offset.toString()));
    }

    static BlockId id(StructuralNode block) {
        return new BlockId(pagePath(block), line(block));
    }
}
