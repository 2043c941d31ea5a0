package measured.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the runner did in one build: runs, cache hits, failures and the slowest work, for the closing summary. */
public final class RunSummary {

    /** One finished piece of work and how long it took. */
    public record Timing(String label, Duration wallTime, boolean fromCache) {
    }

    private final List<Timing> timings = new ArrayList<>();

    synchronized void record(Timing timing) {
        timings.add(timing);
    }

    public synchronized long ran() {
        return timings.stream().filter(t -> !t.fromCache()).count();
    }

    public synchronized long cacheHits() {
        return timings.stream().filter(Timing::fromCache).count();
    }

    public synchronized List<Timing> timings() {
        return List.copyOf(timings);
    }

    public synchronized List<Timing> slowest(int count) {
        return timings.stream().filter(t -> !t.fromCache())
                .sorted(Comparator.comparing(Timing::wallTime).reversed()).limit(count).toList();
    }

    public synchronized String describe() {
        StringBuilder text = new StringBuilder();
        text.append("samples: ").append(ran()).append(" run, ").append(cacheHits()).append(" from cache");
        List<Timing> slow = new ArrayList<>(slowest(5));
        if (!slow.isEmpty()) {
            text.append("\nslowest (compiling, warm-up and every run):");
            for (Timing timing : slow) {
                text.append(String.format("%n  %6.2f s  %s", timing.wallTime().toMillis() / 1000.0, timing.label()));
            }
        }
        return text.toString();
    }
}
