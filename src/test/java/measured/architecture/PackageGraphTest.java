package measured.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The builder's shape, read from its sources: no two packages depend on each other (directly or round a
 * longer loop), and no class keeps mutable state in a static field but the registry of live sample
 * processes, which the JVM's shutdown hook needs.
 */
class PackageGraphTest {

    private static final Path MAIN = Path.of(System.getProperty("site.project", ".")).resolve("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package (measured(?:\\.[a-z]+)*);", Pattern.MULTILINE);
    /** Imports and fully qualified names alike: measured.render.HtmlEscape, import static measured.x.Y.z. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(measured(?:\\.[a-z]+)+)\\.[A-Z]");
    private static final Pattern STATIC_FIELD = Pattern.compile(
            "^\\s*(?:private |public |protected )?static (?!final )(?!class |record |enum |interface |void |<)[\\w<>,. ?\\[\\]]+ \\w+\\s*[;=]",
            Pattern.MULTILINE);
    /** A collection, atomic or builder in a static final field, unless made by an immutable factory (List.of, …). */
    private static final Pattern STATIC_MUTABLE = Pattern.compile(
            "static final (?:Map|Set|List|Collection|Deque|Queue|\\w*Atomic\\w*|StringBuilder|\\w*HashMap|\\w*ArrayList)\\b[^;=]*="
                    + "(?![^;]*\\.(?:of|ofEntries|copyOf)\\()[^;]*;");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = graph();
        assertTrue(graph.size() > 10, "the builder's packages were found: " + graph.keySet());
        List<List<String>> cycles = cycles(graph);
        assertEquals(List.of(), cycles, "packages that depend on each other (break the loop): " + graph);
    }

    @Test
    void theCycleCheckFindsALoop() {
        Map<String, Set<String>> loop = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(loop));
    }

    @Test
    void noStaticMutableStateButTheLiveProcessRegistry() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            Matcher field = STATIC_FIELD.matcher(text);
            while (field.find()) {
                found.add(MAIN.relativize(file) + ": " + field.group().strip());
            }
            Matcher mutable = STATIC_MUTABLE.matcher(text);
            while (mutable.find()) {
                if (!file.endsWith(Path.of("run/process/LiveGroups.java"))) {
                    found.add(MAIN.relativize(file) + ": " + mutable.group().strip());
                }
            }
        }
        assertEquals(List.of(), found, "static mutable state: pass it explicitly instead");
    }

    @Test
    void theStaticStateCheckSeesAMutableField() {
        assertTrue(STATIC_FIELD.matcher("    private static volatile Bake current;").find());
        assertTrue(STATIC_FIELD.matcher("    static int count = 0;").find());
        assertTrue(STATIC_MUTABLE.matcher("private static final Map<String, X> PENDING = new HashMap<>();").find());
        assertTrue(!STATIC_MUTABLE.matcher("static final Set<String> COMMON = Set.of(\"expect\");").find());
        assertTrue(!STATIC_FIELD.matcher("    private static final int LIMIT = 3;").find());
    }

    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : sources()) {
            String text = read(file);
            Matcher declared = PACKAGE.matcher(text);
            if (!declared.find()) {
                continue;
            }
            String from = declared.group(1);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(text.substring(declared.end()));
            while (reference.find()) {
                if (!reference.group(1).equals(from)) {
                    to.add(reference.group(1));
                }
            }
        }
        return graph;
    }

    /** Tarjan's strongly connected components with more than one package, each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> cycles = new ArrayList<>();
        int[] next = {0};
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, cycles, next);
            }
        }
        return cycles;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> cycles, int[] next) {
        index.put(node, next[0]);
        low.put(node, next[0]++);
        stack.push(node);
        onStack.add(node);
        for (String to : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(to)) {
                connect(to, graph, index, low, stack, onStack, cycles, next);
                low.put(node, Math.min(low.get(node), low.get(to)));
            } else if (onStack.contains(to)) {
                low.put(node, Math.min(low.get(node), index.get(to)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component.stream().sorted().toList());
            }
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
