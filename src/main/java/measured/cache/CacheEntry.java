package measured.cache;

import java.util.Map;

/**
 * What the cache stores for one key: small named fields and named texts (outputs, thread dumps). The
 * cache does not know what they mean.
 */
public record CacheEntry(Map<String, String> fields, Map<String, String> texts) {

    public CacheEntry {
        fields = Map.copyOf(fields);
        texts = Map.copyOf(texts);
    }

    public String field(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("cache entry has no field " + name);
        }
        return value;
    }

    /** A text that may be absent (an entry stores only the texts a result has). */
    public java.util.Optional<String> optionalText(String name) {
        return java.util.Optional.ofNullable(texts.get(name));
    }

    public String text(String name) {
        String value = texts.get(name);
        if (value == null) {
            throw new IllegalStateException("cache entry has no text " + name);
        }
        return value;
    }
}
