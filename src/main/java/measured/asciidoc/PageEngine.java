package measured.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * JBake's AsciiDoc engine for this site. Unlike JBake's own, it tells Asciidoctor which file a page is
 * ({@code docfile}), turns on the source map and passes the page's path relative to the site, so the
 * extensions can report {@code content/<page>.adoc:<line>:}. One Asciidoctor instance serves every bake.
 */
public final class PageEngine extends MarkupEngine {

    private static final String JBAKE_PREFIX = "jbake-";

    @Override
    public void processHeader(ParserContext context) {
        Options options = Options.builder()
                .safe(SafeMode.UNSAFE)
                .option("parse_header_only", true)
                .build();
        Document header = AsciidoctorInstance.get().load(String.join("\n", context.getFileLines()), options);
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

    @Override
    public void processBody(ParserContext context) {
        List<String> lines = context.getFileLines();
        int bodyStart = context.hasHeader() ? lines.indexOf(context.getConfig().getHeaderSeparator()) + 1 : 0;
        String body = String.join("\n", lines.subList(bodyStart, lines.size())) + "\n";
        Path page = context.getFile().toPath().toAbsolutePath().normalize();
        Path siteRoot = context.getConfig().getSourceFolder().toPath().toAbsolutePath().normalize();

        Attributes attributes = Attributes.builder()
                .arguments(context.getConfig().getAsciidoctorAttributes().toArray(new String[0]))
                .attribute("docfile", page.toString())
                .attribute(PageAttributes.PAGE_PATH, siteRoot.relativize(page).toString().replace(File.separatorChar, '/'))
                .attribute(PageAttributes.LINE_OFFSET, Integer.toString(bodyStart))
                .attribute(PageAttributes.SITE_ROOT, siteRoot.toString())
                .attribute(PageAttributes.SITE_HOST, context.getConfig().getSiteHost())
                .build();
        Options options = Options.builder()
                .safe(SafeMode.UNSAFE)
                .sourcemap(true)
                .baseDir(page.getParent().toFile())
                .attributes(attributes)
                .build();
        Asciidoctor asciidoctor = AsciidoctorInstance.get();
        context.setBody(asciidoctor.convert(body, options));
    }
}
