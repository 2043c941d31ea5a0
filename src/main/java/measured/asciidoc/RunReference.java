package measured.asciidoc;

import measured.plan.Problem;
import measured.render.HtmlEscape;
import measured.verify.RunValues;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code value:} or {@code bound:} reference as written: the macro, its target, the label (first positional
 * attribute), flags ({@code range}, {@code bare}) and named options ({@code page=}, {@code op=}), checked
 * against the closed set; and the phrase it becomes on the page.
 */
record RunReference(String macro, String target, String label, List<String> flags, Map<String, String> named) {

    private static final Set<String> VALUE_FLAGS = Set.of("range", "bare");
    private static final Set<String> BOUND_FLAGS = Set.of("lower", "upper", "bare");
    /**
     * Asciidoctor substitutes special characters and replacements before it parses a macro's attributes:
     * what an author writes comes back as entities ({@code &lt;}, and {@code =>} as an arrow).
     */
    private static final Map<String, String> SUBSTITUTED = Map.of("&lt;", "<", "&gt;", ">", "&amp;", "&",
            "&#8658;", "=>", "&#8656;", "<=", "&#8594;", "->", "&#8592;", "<-", "&#8217;", "'", "&#8216;", "'");

    static RunReference read(String macro, String target, Map<String, Object> attributes) {
        String label = "";
        List<String> flags = new java.util.ArrayList<>();
        Map<String, String> named = new HashMap<>();
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String key = unsubstituted(attribute.getKey());
            String value = unsubstituted(String.valueOf(attribute.getValue())).strip();
            if (key.equals("1")) {
                label = value;
            } else if (key.chars().allMatch(Character::isDigit)) {
                flags.add(value);
            } else if (!key.equals("text")) {
                named.put(key, value);
            }
        }
        if (label.isEmpty() && attributes.get("text") instanceof String text && !text.contains(",")) {
            label = unsubstituted(text).strip();
        }
        return new RunReference(macro, target, label, flags, named);
    }

    private static String unsubstituted(String text) {
        String plain = text;
        for (Map.Entry<String, String> entity : SUBSTITUTED.entrySet()) {
            plain = plain.replace(entity.getKey(), entity.getValue());
        }
        return plain;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    Optional<String> named(String name) {
        return Optional.ofNullable(named.get(name));
    }

    Optional<String> page() {
        return named("page");
    }

    /** What the author wrote wrong in the reference itself (an unknown option), if anything. */
    Optional<String> misuse() {
        Set<String> allowed = macro.equals("value") ? VALUE_FLAGS : BOUND_FLAGS;
        String takes = macro + ": takes " + String.join(", ", allowed.stream().sorted().toList()) + ", page=<chapter>/<page>";
        for (String flag : flags) {
            if (!allowed.contains(flag)) {
                return Optional.of("unknown option '" + flag + "'; " + takes);
            }
        }
        for (String name : named.keySet()) {
            if (!name.equals("page")) {
                return Optional.of("unknown option '" + name + "='; " + takes);
            }
        }
        return Optional.empty();
    }

    /** The phrase on the page; a reference that cannot be resolved is reported at its line and shows as such. */
    static Object phrase(InlineMacroProcessor processor, ContentNode parent, RunValues.Answer answer, RunReference reference,
                         RenderProblems problems) {
        Optional<String> problem = reference.misuse().or(answer::problem);
        if (problem.isPresent()) {
            problems.report(Problem.at(InlinePlace.of(parent, reference.macro() + ":" + reference.target() + "["),
                    reference.macro() + ":" + reference.target() + "[" + reference.label() + "]: " + problem.get()));
            return processor.createPhraseNode(parent, "quoted", "?", new HashMap<>(Map.of("role", "run-value-missing")),
                    new HashMap<>(Map.of("type", "unquoted")));
        }
        String role = reference.macro().equals("value") ? "run-value" : "run-bound";
        // Asciidoctor keeps and may change both maps, so they must be mutable.
        return processor.createPhraseNode(parent, "quoted", HtmlEscape.text(answer.text().orElseThrow()),
                new HashMap<>(Map.of("role", role)), new HashMap<>(Map.of("type", "unquoted")));
    }
}
