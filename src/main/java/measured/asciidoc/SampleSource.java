package measured.asciidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sample's source a page shows: the whole program, or with {@code tag=name} the lines
 * between {@code // tag::name[]} and {@code // end::name[]}. Tag marker lines are never shown.
 */
record SampleSource(String shown, boolean partial) {

    private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*(tag|end)::([\\w-]+)\\[]\\s*$");

    static SampleSource read(Path file, Optional<String> tag, List<String> errors) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        if (tag.isEmpty()) {
            return new SampleSource(join(lines.stream().filter(l -> !MARKER.matcher(l).matches()).toList()), false);
        }
        List<String> shown = new ArrayList<>();
        TreeSet<String> tags = new TreeSet<>();
        boolean inside = false;
        for (String line : lines) {
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                tags.add(marker.group(2));
                if (marker.group(2).equals(tag.get())) {
                    inside = marker.group(1).equals("tag");
                }
            } else if (inside) {
                shown.add(line);
            }
        }
        if (shown.isEmpty()) {
            errors.add("tag=" + tag.get() + " is not a region of " + file.getFileName() + " (mark it with // tag::"
                    + tag.get() + "[] and // end::" + tag.get() + "[]" + (tags.isEmpty() ? "" : "; its tags are " + String.join(", ", tags)) + ")");
        }
        return new SampleSource(join(dedent(shown)), true);
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines).strip();
    }
}
