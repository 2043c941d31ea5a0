package measured.asciidoc;

import measured.verify.RunValues;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;
import java.util.Optional;

/**
 * {@code bound:<sample>[<label>]} in prose: the bound of the sample's {@code require=} clause on that label, so
 * that "at least 1.3 times" is written once, in the claim the build checks. A bound that scales with the
 * machine reads as its value there, with the rule: {@code 1.4 (0.7 × cores)}. Of two clauses on one label,
 * {@code lower} picks the {@code >}/{@code >=} one and {@code upper} the {@code <}/{@code <=} one; {@code page=}
 * names the page, as for {@code value:}.
 */
@Name("bound")
final class BoundInlineMacroProcessor extends InlineMacroProcessor {

    private final RunValues values;
    private final RenderProblems problems;

    BoundInlineMacroProcessor(RunValues values, RenderProblems problems) {
        this.values = values;
        this.problems = problems;
    }

    @Override
    public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
        RunReference reference = RunReference.read("bound", target, attributes);
        Optional<RunValues.Side> side = reference.has("lower") ? Optional.of(RunValues.Side.LOWER)
                : reference.has("upper") ? Optional.of(RunValues.Side.UPPER) : Optional.empty();
        RunValues.Answer answer;
        if (reference.label().isEmpty()) {
            answer = new RunValues.Answer(Optional.empty(), Optional.of("name the claim's label: bound:" + target + "[<label>]"));
        } else {
            answer = values.bound(PageAttributes.pagePath(parent), target, reference.label(), reference.page(), side,
                    reference.has("bare"));
        }
        return RunReference.phrase(this, parent, answer, reference, problems);
    }
}
