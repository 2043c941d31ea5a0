package measured.run;

import measured.cache.CacheEntry;
import measured.outcome.Ending;
import measured.outcome.Machine;
import measured.outcome.Origin;
import measured.outcome.Outcome;
import measured.outcome.Run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a request produced — one outcome for a sample, one per block for a JShell session — into a
 * cache entry and back: small values as fields, outputs, failures and thread dumps as texts.
 */
final class OutcomeCodec {

    private OutcomeCodec() {
    }

    static CacheEntry encode(List<Outcome> outcomes) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        fields.put("outcomes", Integer.toString(outcomes.size()));
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            String o = "o" + i + ".";
            fields.put(o + "warm-ups", Integer.toString(outcome.warmUps()));
            fields.put(o + "preview", Boolean.toString(outcome.preview()));
            fields.put(o + "attempts", Integer.toString(outcome.attempts()));
            putOrigin(outcome.origin(), o, fields);
            fields.put(o + "runs", Integer.toString(outcome.runs().size()));
            for (int j = 0; j < outcome.runs().size(); j++) {
                Run run = outcome.runs().get(j);
                String r = o + "r" + j + ".";
                fields.put(r + "ending", run.ending().name());
                fields.put(r + "exit", Integer.toString(run.exitCode()));
                fields.put(r + "wall-nanos", Long.toString(run.wallTime().toNanos()));
                fields.put(r + "dropped", Long.toString(run.droppedChars()));
                fields.put(r + "failure-line", Integer.toString(run.failureLine()));
                run.otherLoad().ifPresent(load -> fields.put(r + "other-load", Double.toString(load)));
                String t = "o" + i + "-r" + j + "-";
                texts.put(t + "output", run.output());
                run.failure().ifPresent(failure -> texts.put(t + "failure", failure));
                run.threadDump().ifPresent(dump -> texts.put(t + "thread-dump", dump));
            }
        }
        return new CacheEntry(fields, texts);
    }

    /** The outcomes of an entry; throws when the entry was written by another version or is damaged. */
    static List<Outcome> decode(CacheEntry entry) {
        List<Outcome> outcomes = new ArrayList<>();
        int count = Integer.parseInt(entry.field("outcomes"));
        for (int i = 0; i < count; i++) {
            String o = "o" + i + ".";
            List<Run> runs = new ArrayList<>();
            int runCount = Integer.parseInt(entry.field(o + "runs"));
            for (int j = 0; j < runCount; j++) {
                String r = o + "r" + j + ".";
                String t = "o" + i + "-r" + j + "-";
                runs.add(new Run(entry.text(t + "output"),
                        Long.parseLong(entry.field(r + "dropped")),
                        Ending.valueOf(entry.field(r + "ending")),
                        Integer.parseInt(entry.field(r + "exit")),
                        entry.optionalText(t + "failure"),
                        Integer.parseInt(entry.field(r + "failure-line")),
                        Duration.ofNanos(Long.parseLong(entry.field(r + "wall-nanos"))),
                        entry.optionalText(t + "thread-dump"),
                        Optional.ofNullable(entry.fields().get(r + "other-load")).map(Double::parseDouble)));
            }
            outcomes.add(new Outcome(runs, Integer.parseInt(entry.field(o + "warm-ups")), getOrigin(entry, o),
                    Boolean.parseBoolean(entry.field(o + "preview")), Integer.parseInt(entry.field(o + "attempts"))));
        }
        return outcomes;
    }

    private static void putOrigin(Origin origin, String prefix, Map<String, String> fields) {
        fields.put(prefix + "measured-at", origin.measuredAt().toString());
        fields.put(prefix + "jdk", origin.jdk());
        Machine machine = origin.machine();
        fields.put(prefix + "cores", Integer.toString(machine.cores()));
        fields.put(prefix + "physical-cores", Integer.toString(machine.physicalCores()));
        fields.put(prefix + "cpu", machine.cpu());
        fields.put(prefix + "os", machine.os());
        fields.put(prefix + "arch", machine.arch());
        fields.put(prefix + "cpu-quota", Double.toString(machine.cpuQuota()));
    }

    private static Origin getOrigin(CacheEntry entry, String prefix) {
        Machine machine = new Machine(Integer.parseInt(entry.field(prefix + "cores")),
                Integer.parseInt(entry.field(prefix + "physical-cores")), entry.field(prefix + "cpu"),
                entry.field(prefix + "os"), entry.field(prefix + "arch"), Double.parseDouble(entry.field(prefix + "cpu-quota")));
        return new Origin(Instant.parse(entry.field(prefix + "measured-at")), entry.field(prefix + "jdk"), machine, true);
    }
}
