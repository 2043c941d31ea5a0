package measured.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The rendering step for one bake's pages: reads a page's header into JBake's model and converts its body with
 * this bake's Asciidoctor, whose extensions show the bake's results. Unlike JBake's own engine it tells
 * Asciidoctor which file a page is ({@code docfile}), turns on the source map and passes the page's path and
 * the lines JBake cut off, so every block knows its line in the page.
 */
public final class PageConverter {

    /** Where a bake keeps its converter in its JBake configuration, for {@link PageEngine}. */
    public static final String CONFIGURATION_KEY = "measured.page-converter";

    private static final String JBAKE_PREFIX = "jbake-";

    private final Asciidoctor asciidoctor;
    private final Path siteRoot;

    PageConverter(Asciidoctor asciidoctor, Path siteRoot) {
        this.asciidoctor = asciidoctor;
        this.siteRoot = siteRoot;
    }

    /** Makes this converter the one JBake's engine uses for pages read with this configuration. */
    public void installInto(JBakeConfiguration configuration) {
        configuration.setProperty(CONFIGURATION_KEY, this);
    }

    static PageConverter of(JBakeConfiguration configuration) {
        if (configuration.get(CONFIGURATION_KEY) instanceof PageConverter converter) {
            return converter;
        }
        throw new IllegalStateException("pages are converted by a bake of this project, not by JBake alone");
    }

    void readHeader(ParserContext context) {
        Options options = Options.builder().safe(SafeMode.UNSAFE).option("parse_header_only", true).build();
        Document header = asciidoctor.load(String.join("\n", context.getFileLines()), options);
        DocumentModel model = context.getDocumentModel();
        if (header.getDoctitle() != null) {
            model.setTitle(header.getDoctitle());
        }
        for (Map.Entry<String, Object> attribute : header.getAttributes().entrySet()) {
            String key = attribute.getKey();
            if (key.startsWith(JBAKE_PREFIX) && attribute.getValue() instanceof String value) {
                String name = key.substring(JBAKE_PREFIX.length());
                switch (name) {
                    case "type" -> model.setType(value);
                    case "status" -> model.setStatus(value);
                    case "tags" -> context.setTags(value.split(","));
                    default -> model.put(name, value);
                }
            } else if (key.equals("description") && attribute.getValue() instanceof String value) {
                model.put("description", value);
            }
        }
    }

    void convertBody(ParserContext context) {
        List<String> lines = context.getFileLines();
        int bodyStart = context.hasHeader() ? lines.indexOf(context.getConfig().getHeaderSeparator()) + 1 : 0;
        String body = String.join("\n", lines.subList(bodyStart, lines.size())) + "\n";
        Path page = context.getFile().toPath().toAbsolutePath().normalize();
        Attributes attributes = Attributes.builder()
                .arguments(context.getConfig().getAsciidoctorAttributes().toArray(new String[0]))
                .attribute("docfile", page.toString())
                .attribute(PageAttributes.PAGE_PATH, siteRoot.relativize(page).toString().replace('\\', '/'))
                .attribute(PageAttributes.LINE_OFFSET, Integer.toString(bodyStart))
                .attribute(PageAttributes.SITE_HOST, context.getConfig().getSiteHost())
                .build();
        Options options = Options.builder()
                .safe(SafeMode.UNSAFE)
                .sourcemap(true)
                .baseDir(page.getParent().toFile())
                .attributes(attributes)
                .build();
        context.setBody(asciidoctor.convert(body, options));
    }
}
