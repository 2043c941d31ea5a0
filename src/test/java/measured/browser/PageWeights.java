package measured.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** The bytes each page transferred (itself and everything it loaded), and their median. */
public final class PageWeights {

    /** The budget: the median page, with everything it loads, is at most this many bytes. */
    public static final long MEDIAN_BUDGET = 100 * 1024;

    private final Map<String, Long> bytes = new ConcurrentSkipListMap<>();

    public void record(String page, long transferred) {
        bytes.put(page, transferred);
    }

    public Map<String, Long> all() {
        return Collections.unmodifiableMap(bytes);
    }

    public long median() {
        List<Long> sorted = new ArrayList<>(bytes.values());
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public long max() {
        return bytes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
