package measured.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import measured.outcome.Outcome;
import measured.outcome.Run;

/**
 * What an outcome's counted runs reported — one run for an ordinary sample, n for a measurement: the
 * statistics of its wall time, of every reported number and of every result table cell, and the
 * representative run whose output the page shows (the outcome's median rule decides which).
 */
public record Measurement(
        List<Run> runs,
        int representativeIndex,
        MeasuredNumber wallTime,
        List<MeasuredNumber> numbers,
        List<MeasuredTable> tables) {

    public static final String WALL_TIME = "wall time";

    /** Wall times are shown to the millisecond: finer digits are noise for a forked JVM. */
    private static final NumberStyle WALL_TIME_STYLE = new NumberStyle(3, false);

    public Measurement {
        runs = List.copyOf(runs);
        numbers = List.copyOf(numbers);
        tables = List.copyOf(tables);
    }

    /**
     * Aggregates the counted runs. Every run must report the same labels with the same units and print
     * the same tables in the same shape; otherwise a {@link MeasureException} names the label or cell.
     */
    public static Measurement of(Outcome outcome) {
        List<Run> runs = outcome.runs();
        List<Report> reports = runs.stream().map(run -> Report.parse(run.output())).toList();
        int representative = outcome.representativeIndex();
        double[] seconds = runs.stream().mapToDouble(run -> run.wallTime().toNanos() / 1e9).toArray();
        MeasuredNumber wallTime = new MeasuredNumber(WALL_TIME, "s", Statistics.of(seconds), WALL_TIME_STYLE);
        return new Measurement(runs, representative, wallTime, numbers(reports), tables(reports, representative));
    }

    public int n() {
        return runs.size();
    }

    public Run representative() {
        return runs.get(representativeIndex);
    }

    /** The reported number with exactly this label. */
    public Optional<MeasuredNumber> number(String label) {
        return numbers.stream().filter(n -> n.label().equals(label)).findFirst();
    }

    private static List<MeasuredNumber> numbers(List<Report> reports) {
        // Labels in the order first printed; a label only some runs print is reported as missing below.
        Map<String, Integer> firstRun = new LinkedHashMap<>();
        for (int run = 0; run < reports.size(); run++) {
            for (ReportedNumber number : reports.get(run).numbers()) {
                firstRun.putIfAbsent(number.label(), run);
            }
        }
        List<MeasuredNumber> numbers = new ArrayList<>();
        firstRun.forEach((label, run) -> numbers.add(number(reports, label, run)));
        return numbers;
    }

    private static MeasuredNumber number(List<Report> reports, String label, int firstRun) {
        String unit = reports.get(firstRun).number(label).orElseThrow().unit();
        double[] values = new double[reports.size()];
        NumberStyle style = null;
        List<Integer> missing = new ArrayList<>();
        for (int run = 0; run < reports.size(); run++) {
            Optional<ReportedNumber> reported = reports.get(run).number(label);
            if (reported.isEmpty()) {
                missing.add(run + 1);
                continue;
            }
            ReportedNumber number = reported.get();
            if (!number.unit().equals(unit)) {
                throw new MeasureException("reported number '" + label + "' is in " + describeUnit(unit)
                        + " in run " + (firstRun + 1) + " but in " + describeUnit(number.unit()) + " in run " + (run + 1)
                        + "; print it in the same unit in every run");
            }
            values[run] = number.value();
            style = style == null ? number.number().style() : style.wider(number.number().style());
        }
        if (!missing.isEmpty()) {
            throw new MeasureException("reported number '" + label + "' is missing from run"
                    + (missing.size() == 1 ? " " : "s ") + join(missing) + " of " + reports.size()
                    + "; every run of a measurement must print every reported number");
        }
        return new MeasuredNumber(label, unit, Statistics.of(values), style);
    }

    private static List<MeasuredTable> tables(List<Report> reports, int representative) {
        int count = reports.getFirst().tables().size();
        for (int run = 1; run < reports.size(); run++) {
            int other = reports.get(run).tables().size();
            if (other != count) {
                throw new MeasureException("run " + (run + 1) + " printed " + other + " result table"
                        + (other == 1 ? "" : "s") + " but run 1 printed " + count
                        + "; every run of a measurement must print the same tables");
            }
        }
        List<MeasuredTable> tables = new ArrayList<>();
        for (int table = 0; table < count; table++) {
            int index = table;
            List<ResultTable> perRun = reports.stream().map(r -> r.tables().get(index)).toList();
            tables.add(MeasuredTable.of(perRun, table + 1, representative));
        }
        return tables;
    }

    private static String describeUnit(String unit) {
        return unit.isEmpty() ? "no unit" : "'" + unit + "'";
    }

    private static String join(List<Integer> runs) {
        return String.join(", ", runs.stream().map(String::valueOf).toList());
    }
}
