package measured.asciidoc;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's AsciiDoc engine for this site. JBake keeps one engine per file extension for the whole JVM, so
 * this one holds nothing: it hands each page to the {@link PageConverter} of the bake that is reading it,
 * which that bake put into its own JBake configuration.
 */
public final class PageEngine extends MarkupEngine {

    @Override
    public void processHeader(ParserContext context) {
        PageConverter.of(context.getConfig()).readHeader(context);
    }

    @Override
    public void processBody(ParserContext context) {
        PageConverter.of(context.getConfig()).convertBody(context);
    }
}
