package measured.asciidoc;

import org.asciidoctor.ast.StructuralNode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Hands {@code sample::} macros from the macro processor to the tree processor through an id attribute. */
final class PendingSamples {

    static final String ID_ATTRIBUTE = "measured-sample-id";

    private final AtomicLong nextId = new AtomicLong();
    private final Map<String, PendingSample> pending = new ConcurrentHashMap<>();

    /** Keeps the macro's target and attributes under a new id, which the placeholder carries. */
    String add(String target, Map<String, Object> attributes) {
        String id = Long.toString(nextId.incrementAndGet());
        pending.put(id, new PendingSample(id, target, attributes));
        return id;
    }

    PendingSample take(StructuralNode placeholder) {
        return pending.remove(String.valueOf(placeholder.getAttribute(ID_ATTRIBUTE)));
    }
}
