package measured.asciidoc;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code sample::<path>[attributes]}: leaves a placeholder that {@link SampleTreeprocessor} replaces once
 * the page is parsed, when the block knows its line in the page (a macro processor does not).
 */
@Name("sample")
public final class SampleBlockMacroProcessor extends BlockMacroProcessor {

    static final String PLACEHOLDER_ROLE = "measured-sample-placeholder";

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String id = BakeSession.current().pendingSamples().add(target, new HashMap<>(attributes));
        Map<String, Object> placeholderAttributes = new HashMap<>();
        placeholderAttributes.put("role", PLACEHOLDER_ROLE);
        placeholderAttributes.put(PendingSamples.ID_ATTRIBUTE, id);
        return createBlock(parent, "open", "", placeholderAttributes);
    }
}
