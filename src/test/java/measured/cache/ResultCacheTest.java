package measured.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultCacheTest {

    @Test
    void anEntryReadsBackAsWritten(@TempDir Path folder) {
        ResultCache cache = new ResultCache(folder);
        CacheEntry entry = new CacheEntry(Map.of("exit", "0", "note", "a=b:c\\d"), Map.of("output", "line 1\n<b>ü</b>\n"));
        cache.write("k1", entry);
        assertEquals(entry, cache.read("k1").orElseThrow());
    }

    @Test
    void aMissingOrDamagedEntryIsAbsent(@TempDir Path folder) throws Exception {
        ResultCache cache = new ResultCache(folder);
        assertTrue(cache.read("nothing").isEmpty());
        cache.write("k2", new CacheEntry(Map.of("exit", "0"), Map.of()));
        Files.writeString(folder.resolve("k2/fields.properties"), "broken=\\u00");
        assertTrue(cache.read("k2").isEmpty());
    }

    @Test
    void writingLeavesNoTemporaryFolders(@TempDir Path folder) throws Exception {
        ResultCache cache = new ResultCache(folder);
        cache.write("k3", new CacheEntry(Map.of("a", "1"), Map.of("t", "x")));
        cache.write("k3", new CacheEntry(Map.of("a", "2"), Map.of("t", "y")));
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(1, entries.count());
        }
        assertEquals("2", cache.read("k3").orElseThrow().field("a"));
    }

    @Test
    void keysSeparateTheirParts() {
        assertNotEquals(new CacheKey().add("ab").add("c").hex(), new CacheKey().add("a").add("bc").hex());
        assertEquals(new CacheKey().add("x").add(1).hex(), new CacheKey().add("x").add("1").hex());
    }
}
