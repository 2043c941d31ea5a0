package measured.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/** Registers the site's AsciiDoc extensions with every Asciidoctor instance (by SPI, see META-INF/services). */
public final class SiteExtensions implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry()
                .blockMacro(SampleBlockMacroProcessor.class)
                .treeprocessor(SampleTreeprocessor.class)
                .treeprocessor(JShellTreeprocessor.class)
                .treeprocessor(TableWidthTreeprocessor.class)
                .postprocessor(PlainTokenPostprocessor.class);
    }
}
