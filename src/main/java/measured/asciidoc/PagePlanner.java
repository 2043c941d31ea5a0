package measured.asciidoc;

import measured.deps.Declarations;
import measured.deps.DependencyException;
import measured.deps.DependencyResolver;
import measured.deps.Resolved;
import measured.measure.ChartSpec;
import measured.measure.MeasureException;
import measured.measure.Requirements;
import measured.plan.BlockId;
import measured.plan.Claims;
import measured.plan.JShellUse;
import measured.plan.PagePlan;
import measured.plan.Problem;
import measured.plan.SampleUse;
import measured.run.JShellRequest;
import measured.run.SampleRequest;
import measured.site.SiteLayout;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planning step: parses a page without converting it and reads what it asks the runner for — its
 * {@code sample::} blocks and its {@code [source,jshell]} blocks, with their attributes checked against the
 * closed set — so that everything a bake runs is known before anything runs.
 */
final class PagePlanner {

    private final Asciidoctor asciidoctor;
    private final SiteLayout layout;
    private final List<String> attributes;
    private final DependencyResolver dependencies;

    /**
     * @param asciidoctor an instance with {@link SampleBlockMacroProcessor} registered
     * @param attributes the AsciiDoc attributes every page is converted with (jbake.properties), so that
     *                   conditional content is planned exactly as it will be rendered
     */
    PagePlanner(Asciidoctor asciidoctor, SiteLayout layout, List<String> attributes, DependencyResolver dependencies) {
        this.asciidoctor = asciidoctor;
        this.layout = layout;
        this.attributes = List.copyOf(attributes);
        this.dependencies = dependencies;
    }

    PagePlan plan(Path page) {
        String pagePath = layout.pagePath(page);
        Document document = asciidoctor.load(read(page), Options.builder()
                .safe(SafeMode.UNSAFE)
                .sourcemap(true)
                .baseDir(page.getParent().toFile())
                .attributes(Attributes.builder()
                        .arguments(attributes.toArray(String[]::new))
                        .attribute("docfile", page.toString())
                        .attribute(PageAttributes.PAGE_PATH, pagePath)
                        .build())
                .build());
        List<Problem> problems = new ArrayList<>();
        List<SampleUse> samples = new ArrayList<>();
        for (StructuralNode placeholder : document.findBy(Map.of("role", SampleBlockMacroProcessor.PLACEHOLDER_ROLE))) {
            sampleUse(placeholder, problems).ifPresent(samples::add);
        }
        List<JShellUse> jshell = jshellUses(document, problems);
        String title = document.getDoctitle() == null ? pagePath : document.getDoctitle();
        return new PagePlan(pagePath, title, samples, jshell, problems);
    }

    private Optional<SampleUse> sampleUse(StructuralNode placeholder, List<Problem> problems) {
        BlockId at = PageAttributes.id(placeholder);
        Map<String, Object> written = new HashMap<>(placeholder.getAttributes());
        String target = String.valueOf(written.remove(SampleBlockMacroProcessor.TARGET));
        if (!layout.isSample(target)) {
            problems.add(Problem.at(at, "sample::" + target + ": no such file under samples/: create samples/"
                    + target + " or correct the path"));
            return Optional.empty();
        }
        BlockAttributes read = BlockAttributes.read(written, true);
        String sampleText = read(layout.sampleFile(target));
        Resolved resolved;
        try {
            resolved = dependencies.resolve(Declarations.of(sampleText)).withJavaOptions(Declarations.javaOptions(sampleText));
        } catch (DependencyException e) {
            problems.add(Problem.at(at, "sample::" + target + ": //DEPS: " + e.getMessage()));
            return Optional.empty();
        }
        try {
            resolved = resolved.withSources(otherSources(sampleText, target))
                    .withCompileOptions(Declarations.compileOptions(sampleText));
        } catch (DependencyException e) {
            problems.add(Problem.at(at, "sample::" + target + ": " + e.getMessage()));
            return Optional.empty();
        }
        SampleRequest request = new SampleRequest(target, read.args(), read.expect(), read.timeout(), read.runs(), resolved);
        Claims claims = new Claims(read.expect(), read.check(), requirements(read));
        Optional<ChartSpec> chart = chart(read, written, placeholder.getTitle() != null ? placeholder.getTitle() : target);
        SampleSource source = SampleSource.read(layout.sampleFile(target), read.text("tag"), read.errors());
        read.errors().forEach(error -> problems.add(Problem.at(at, "sample::" + target + ": " + error)));
        if (!read.errors().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = Optional.ofNullable(written.get("id")).map(String::valueOf);
        return Optional.of(new SampleUse(at, id, request, claims, source.shown(), source.partial(), chart));
    }

    /** The sample's {@code //SOURCES}, each of which must be another Java file under samples/. */
    private List<String> otherSources(String source, String target) {
        List<String> paths = new ArrayList<>();
        for (Declarations.Source declared : Declarations.sources(source, target)) {
            if (!layout.isSample(declared.samplePath()) || declared.samplePath().equals(target)) {
                throw new DependencyException("line " + declared.line() + ": //SOURCES names samples/" + declared.samplePath()
                        + ", which is not another Java file under samples/: create it or correct the path (it is"
                        + " relative to the sample's folder)");
            }
            paths.add(declared.samplePath());
        }
        return paths;
    }

    /** The page's JShell blocks in order; none when one of them has attribute errors (the session would differ). */
    private static List<JShellUse> jshellUses(Document document, List<Problem> problems) {
        List<JShellUse> uses = new ArrayList<>();
        boolean valid = true;
        for (StructuralNode block : JShellListings.of(document)) {
            BlockId at = PageAttributes.id(block);
            BlockAttributes read = BlockAttributes.read(block.getAttributes(), false);
            Claims claims = new Claims(read.expect(), read.check(), requirements(read));
            // A listing's source location is its opening ---- line; the code starts on the next.
            uses.add(new JShellUse(at, at.line() + 1,
                    new JShellRequest.Block(((Block) block).getSource(), read.expect(), read.timeout()), claims));
            read.errors().forEach(error -> problems.add(Problem.at(at, "[source,jshell]: " + error)));
            valid &= read.errors().isEmpty();
        }
        return valid ? uses : List.of();
    }

    private static Optional<Requirements> requirements(BlockAttributes read) {
        try {
            return read.text("require").map(Requirements::parse);
        } catch (MeasureException e) {
            read.errors().add(e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<ChartSpec> chart(BlockAttributes read, Map<String, Object> written, String defaultTitle) {
        try {
            Map<String, String> texts = new HashMap<>();
            written.forEach((key, value) -> texts.put(key, String.valueOf(value)));
            return ChartSpec.parse(texts, defaultTitle);
        } catch (MeasureException e) {
            read.errors().add(e.getMessage());
            return Optional.empty();
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + page, e);
        }
    }
}
