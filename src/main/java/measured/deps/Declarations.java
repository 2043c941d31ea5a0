package measured.deps;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code //DEPS} lines of a sample, read as JBang reads them: a line that starts with {@code //DEPS}, then
 * one or more coordinates separated by spaces or commas. {@code //REPOS} is refused: every dependency comes from
 * Maven Central, the one repository every reader's JBang and this build agree on.
 */
public final class Declarations {

    private Declarations() {
    }

    /**
     * The JVM options of the sample's {@code //JAVA_OPTIONS} lines, as JBang applies them when a reader runs it
     * (JMH, say, needs {@code --sun-misc-unsafe-memory-access=allow} to run quietly on JDK 25).
     */
    public static List<String> javaOptions(String source) {
        List<String> options = new ArrayList<>();
        for (String line : source.lines().map(String::strip).toList()) {
            if (line.startsWith("//JAVA_OPTIONS")) {
                for (String option : line.substring("//JAVA_OPTIONS".length()).strip().split("\\s+")) {
                    if (!option.isEmpty()) {
                        options.add(option);
                    }
                }
            }
        }
        return options;
    }

    /** The declared coordinates, in order; a bad declaration is a {@link DependencyException} naming its line. */
    public static List<Coordinate> of(String source) {
        List<Coordinate> coordinates = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//REPOS")) {
                throw new DependencyException("line " + (i + 1) + ": //REPOS names another repository; samples take"
                        + " their dependencies from Maven Central only: remove the line");
            }
            if (!line.startsWith("//DEPS")) {
                continue;
            }
            String list = line.substring("//DEPS".length()).strip();
            if (list.isEmpty()) {
                throw new DependencyException("line " + (i + 1) + ": //DEPS names no dependency; write //DEPS group:artifact:version");
            }
            // Spaces or commas separate coordinates; a comma inside a version range does not.
            for (String text : list.split("\\s+|,(?![^\\[(]*[\\])])")) {
                if (text.isBlank()) {
                    continue;
                }
                try {
                    coordinates.add(Coordinate.parse(text));
                } catch (DependencyException e) {
                    throw new DependencyException("line " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        return coordinates;
    }
}
