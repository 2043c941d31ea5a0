package measured.asciidoc;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code sample::<path>[attributes]}: leaves a placeholder block that carries the macro's target and
 * attributes. The planner reads it; when the page is rendered {@link SampleTreeprocessor} replaces it. Both
 * work on the parsed tree because only there does a block know its line in the page.
 */
@Name("sample")
public final class SampleBlockMacroProcessor extends BlockMacroProcessor {

    static final String PLACEHOLDER_ROLE = "measured-sample-placeholder";
    static final String TARGET = "measured-target";

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Map<String, Object> carried = new HashMap<>(attributes);
        carried.put("role", PLACEHOLDER_ROLE);
        carried.put(TARGET, target);
        return createBlock(parent, "open", "", carried);
    }
}
