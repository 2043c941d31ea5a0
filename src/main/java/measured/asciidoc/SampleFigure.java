package measured.asciidoc;

import measured.plan.SampleUse;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks a {@code sample::} becomes: the program's source (highlighted by Rouge at build time), then
 * the command that runs it, its real output and the stamp of the run.
 */
final class SampleFigure {

    private SampleFigure() {
    }

    static StructuralNode create(Processor processor, StructuralNode parent, SampleUse use, String resultHtml) {
        Map<String, Object> figureAttributes = new HashMap<>();
        figureAttributes.put("role", "sample");
        StructuralNode figure = processor.createBlock(parent, "open", "", figureAttributes);

        // Parsed like any [source,java] block, so Asciidoctor escapes it and Rouge highlights it.
        String delimiter = "-".repeat(Math.max(4, longestDashLine(use.shownSource()) + 1));
        List<String> lines = new ArrayList<>();
        lines.add(".samples/" + use.request().samplePath() + (use.excerpt() ? " (excerpt)" : ""));
        lines.add("[source,java]");
        lines.add(delimiter);
        lines.addAll(use.shownSource().lines().toList());
        lines.add(delimiter);
        processor.parseContent(figure, lines);
        figure.append(processor.createBlock(figure, "pass", resultHtml));
        return figure;
    }

    private static int longestDashLine(String text) {
        return text.lines().filter(line -> !line.isEmpty() && line.chars().allMatch(c -> c == '-'))
                .mapToInt(String::length).max().orElse(0);
    }
}
