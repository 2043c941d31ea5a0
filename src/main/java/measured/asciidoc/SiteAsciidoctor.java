package measured.asciidoc;

import measured.deps.DependencyResolver;
import measured.plan.SitePlan;
import measured.prose.PageInputs;
import measured.render.CatalogHtml;
import measured.site.SiteLayout;
import measured.verify.RunValues;
import measured.verify.Verifications;
import org.asciidoctor.Asciidoctor;

import java.util.List;

/**
 * The Asciidoctor (JRuby) instance a builder keeps across bakes — starting one costs seconds, so serve mode's
 * re-bakes reuse it — and the extensions each step of a bake registers on it: the planning step only the
 * {@code sample::} macro; the rendering step also the processors that show that bake's results. One bake at a
 * time uses an instance.
 */
public final class SiteAsciidoctor implements AutoCloseable {

    private final Asciidoctor asciidoctor = Asciidoctor.Factory.create();

    /**
     * A planner for the pages of this layout, converted with these attributes (jbake.properties), resolving
     * samples' {@code //DEPS} with this resolver.
     */
    public SitePlanner planner(SiteLayout layout, List<String> attributes, DependencyResolver dependencies) {
        asciidoctor.unregisterAllExtensions();
        asciidoctor.javaExtensionRegistry().blockMacro(new SampleBlockMacroProcessor());
        return new SitePlanner(new PagePlanner(asciidoctor, layout, attributes, dependencies), layout);
    }

    /**
     * A converter whose pages show these results and the catalog of them, take values from them, and have
     * their prose linted; what it finds wrong goes to {@code problems}.
     */
    public PageConverter converter(SiteLayout layout, SitePlan plan, Verifications verified, List<CatalogHtml.Row> catalog,
                                   RenderProblems problems) {
        RunValues values = new RunValues(verified);
        asciidoctor.unregisterAllExtensions();
        asciidoctor.javaExtensionRegistry()
                .blockMacro(new SampleBlockMacroProcessor())
                .blockMacro(new CatalogBlockMacroProcessor(catalog))
                .inlineMacro(new ValueInlineMacroProcessor(values, problems))
                .inlineMacro(new BoundInlineMacroProcessor(values, problems))
                .treeprocessor(new ProseLintTreeprocessor(PageInputs.of(plan, layout), values, problems))
                .treeprocessor(new SampleTreeprocessor(verified))
                .treeprocessor(new JShellTreeprocessor(verified))
                .treeprocessor(new TableWidthTreeprocessor())
                .postprocessor(new PlainTokenPostprocessor());
        return new PageConverter(asciidoctor, layout.root());
    }

    @Override
    public void close() {
        asciidoctor.shutdown();
    }
}
