package measured.machine;

import java.time.Duration;
import java.util.Optional;

/**
 * Waits, for a bounded time, until the rest of the machine is quiet: until one short window shows other
 * processes using less than a threshold of CPU, so that a measurement run again is not run into the same load.
 */
public final class QuietWait {

    private static final Duration WINDOW = Duration.ofMillis(500);

    private final LoadMeter meter;
    private final Duration limit;

    public QuietWait(LoadMeter meter, Duration limit) {
        this.meter = meter;
        this.limit = limit;
    }

    /** Waits until the load falls below {@code quietCores} or the limit passes; the last load seen, if known. */
    public Optional<Double> await(double quietCores) {
        long deadline = System.nanoTime() + limit.toNanos();
        Optional<Double> load = Optional.empty();
        do {
            Optional<LoadMeter.Reading> before = meter.read();
            try {
                Thread.sleep(WINDOW);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return load;
            }
            load = LoadMeter.otherLoad(before, meter.read());
            if (load.isEmpty() || load.get() < quietCores) {
                return load;
            }
        } while (System.nanoTime() < deadline);
        return load;
    }
}
