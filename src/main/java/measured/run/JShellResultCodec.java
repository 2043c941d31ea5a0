package measured.run;

import measured.cache.CacheEntry;
import measured.run.jshell.BlockResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a page's JShell result into a cache entry and back. */
final class JShellResultCodec {

    private JShellResultCodec() {
    }

    static CacheEntry encode(JShellResult result) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        SampleResultCodec.OriginFields.put(result.origin(), fields);
        fields.put("blocks", Integer.toString(result.blocks().size()));
        for (int i = 0; i < result.blocks().size(); i++) {
            BlockResult block = result.blocks().get(i);
            fields.put("block." + i + ".status", block.status().name());
            fields.put("block." + i + ".error-line", Integer.toString(block.errorLine()));
            fields.put("block." + i + ".wall-nanos", Long.toString(block.wallTime().toNanos()));
            texts.put("block-" + i + "-output", block.output());
            texts.put("block-" + i + "-error", block.errorMessage() == null ? "" : block.errorMessage());
            texts.put("block-" + i + "-thread-dump", block.threadDump() == null ? "" : block.threadDump());
        }
        return new CacheEntry(fields, texts);
    }

    static JShellResult decode(JShellRequest request, CacheEntry entry) {
        int count = Integer.parseInt(entry.field("blocks"));
        if (count != request.blocks().size()) {
            throw new IllegalStateException("cache entry has " + count + " blocks, the page " + request.blocks().size());
        }
        List<BlockResult> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String error = entry.text("block-" + i + "-error");
            String dump = entry.text("block-" + i + "-thread-dump");
            blocks.add(new BlockResult(entry.text("block-" + i + "-output"),
                    BlockResult.Status.valueOf(entry.field("block." + i + ".status")),
                    Integer.parseInt(entry.field("block." + i + ".error-line")),
                    error.isEmpty() ? null : error, dump.isEmpty() ? null : dump,
                    Duration.ofNanos(Long.parseLong(entry.field("block." + i + ".wall-nanos")))));
        }
        return new JShellResult(request, blocks, SampleResultCodec.OriginFields.get(entry));
    }
}
