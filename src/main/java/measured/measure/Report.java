package measured.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run reported in its output: its reported numbers ({@code label: value unit} lines) and its
 * result tables (pipe tables), in the order printed.
 *
 * <p>A label printed again in the same run is kept, not overwritten: its second occurrence is named
 * {@code label #2}, its third {@code label #3}, and so on, so no printed number is silently lost and a
 * requirement can name any of them. Lines of a table are never reported numbers.
 */
public record Report(List<ReportedNumber> numbers, List<ResultTable> tables) {

    public Report {
        numbers = List.copyOf(numbers);
        tables = List.copyOf(tables);
    }

    /** Reads an output; a malformed result table (wrong cell count, empty or repeated header) is an error. */
    public static Report parse(String output) {
        List<String> lines = output.lines().toList();
        List<ReportedNumber> numbers = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<ResultTable> tables = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            if (PipeTableReader.startsTable(lines, index)) {
                PipeTableReader reader = new PipeTableReader(lines, index);
                tables.add(reader.read(tables.size() + 1));
                index = reader.next();
                continue;
            }
            Optional<ReportedNumber> number = PipeTableReader.isPipeLine(lines.get(index))
                    ? Optional.empty()
                    : ReportedNumber.parseLine(lines.get(index));
            number.ifPresent(n -> {
                int count = occurrences.merge(n.label(), 1, Integer::sum);
                numbers.add(count == 1 ? n : n.relabel(n.label() + " #" + count));
            });
            index++;
        }
        return new Report(numbers, tables);
    }

    /** The number reported under exactly this label. */
    public Optional<ReportedNumber> number(String label) {
        return numbers.stream().filter(n -> n.label().equals(label)).findFirst();
    }

    public List<String> labels() {
        return numbers.stream().map(ReportedNumber::label).toList();
    }
}
