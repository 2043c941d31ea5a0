package measured.run;

import measured.cache.CacheEntry;
import measured.run.process.ProcessRun;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a sample's result into a cache entry and back. */
final class SampleResultCodec {

    private SampleResultCodec() {
    }

    static CacheEntry encode(SampleResult result) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        OriginFields.put(result.origin(), fields);
        fields.put("preview", Boolean.toString(result.preview()));
        fields.put("runs", Integer.toString(result.runs().size()));
        result.compileErrors().ifPresent(errors -> texts.put("compile-errors", errors));
        for (int i = 0; i < result.runs().size(); i++) {
            ProcessRun run = result.runs().get(i);
            fields.put("run." + i + ".exit", Integer.toString(run.exitCode()));
            fields.put("run." + i + ".wall-nanos", Long.toString(run.wallTime().toNanos()));
            fields.put("run." + i + ".timed-out", Boolean.toString(run.timedOut()));
            fields.put("run." + i + ".dropped", Long.toString(run.droppedChars()));
            texts.put("run-" + i + "-output", run.output());
            texts.put("run-" + i + "-thread-dump", run.threadDump() == null ? "" : run.threadDump());
        }
        return new CacheEntry(fields, texts);
    }

    static SampleResult decode(SampleRequest request, CacheEntry entry) {
        List<ProcessRun> runs = new ArrayList<>();
        int count = Integer.parseInt(entry.field("runs"));
        for (int i = 0; i < count; i++) {
            String dump = entry.text("run-" + i + "-thread-dump");
            runs.add(new ProcessRun(entry.text("run-" + i + "-output"),
                    Integer.parseInt(entry.field("run." + i + ".exit")),
                    Duration.ofNanos(Long.parseLong(entry.field("run." + i + ".wall-nanos"))),
                    Boolean.parseBoolean(entry.field("run." + i + ".timed-out")),
                    dump.isEmpty() ? null : dump,
                    Long.parseLong(entry.field("run." + i + ".dropped"))));
        }
        return new SampleResult(request, Boolean.parseBoolean(entry.field("preview")),
                Optional.ofNullable(entry.texts().get("compile-errors")), runs, OriginFields.get(entry));
    }

    /** The stamp's fields, shared by every kind of entry. */
    static final class OriginFields {

        private OriginFields() {
        }

        static void put(RunOrigin origin, Map<String, String> fields) {
            fields.put("measured-at", origin.measuredAt().toString());
            fields.put("jdk", origin.jdk());
            fields.put("cores", Integer.toString(origin.cores()));
            fields.put("os", origin.os());
            fields.put("arch", origin.arch());
        }

        static RunOrigin get(CacheEntry entry) {
            return new RunOrigin(Instant.parse(entry.field("measured-at")), entry.field("jdk"),
                    Integer.parseInt(entry.field("cores")), entry.field("os"), entry.field("arch"), true);
        }
    }
}
