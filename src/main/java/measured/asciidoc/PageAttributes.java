package measured.asciidoc;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

import java.nio.file.Path;

/**
 * The document attributes {@link PageEngine} sets for the extensions, and how an extension turns a block
 * into the {@code content/<page>.adoc:<line>} that error messages start with.
 */
final class PageAttributes {

    static final String PAGE_PATH = "measured-page";
    static final String LINE_OFFSET = "measured-line-offset";
    static final String SITE_ROOT = "measured-site-root";
    static final String SITE_HOST = "measured-site-host";

    private PageAttributes() {
    }

    static String pagePath(ContentNode node) {
        Object page = node.getDocument().getAttribute(PAGE_PATH);
        return page == null ? "<unknown page>" : page.toString();
    }

    static Path siteRoot(ContentNode node) {
        return Path.of(node.getDocument().getAttribute(SITE_ROOT).toString());
    }

    /** The published base URL without a trailing slash, for links that leave the site (JBang). */
    static String siteHost(ContentNode node) {
        Object host = node.getDocument().getAttribute(SITE_HOST);
        String text = host == null ? "" : host.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The relative path from the page to the site root: "" for content/x.adoc, "../" for content/a/x.adoc. */
    static String rootPath(ContentNode node) {
        String page = pagePath(node);
        long depth = page.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat((int) Math.max(0, depth));
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

    static String where(StructuralNode block) {
        return pagePath(block) + ":" + line(block);
    }
}
