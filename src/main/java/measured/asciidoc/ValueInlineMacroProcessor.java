package measured.asciidoc;

import measured.verify.RunValues;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;
import java.util.Optional;

/**
 * {@code value:<sample>[<label>]} in prose: the number the sample reported under that label in this bake's run
 * (the median for a measurement), as the sample printed it and with its unit; {@code value:jshell[<label>]} takes
 * it from the page's JShell session. Options: {@code range} adds the min–max over the runs, {@code bare} leaves
 * the unit out, {@code page=<chapter>/<page>} names the page that shows the sample.
 */
@Name("value")
final class ValueInlineMacroProcessor extends InlineMacroProcessor {

    private final RunValues values;
    private final RenderProblems problems;

    ValueInlineMacroProcessor(RunValues values, RenderProblems problems) {
        this.values = values;
        this.problems = problems;
    }

    @Override
    public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
        RunReference reference = RunReference.read("value", target, attributes);
        RunValues.Answer answer = reference.label().isEmpty()
                ? new RunValues.Answer(Optional.empty(), Optional.of("name the reported number: value:" + target + "[<label>]"))
                : values.value(PageAttributes.pagePath(parent), target, reference.label(), reference.page(),
                        reference.has("range"), reference.has("bare"));
        return RunReference.phrase(this, parent, answer, reference, problems);
    }
}
