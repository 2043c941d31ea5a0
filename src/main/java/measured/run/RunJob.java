package measured.run;

import java.util.function.Supplier;

/**
 * One unit of work for the queue: a label for progress, its cache key, whether it must run alone on
 * the machine (a measurement), and the work itself.
 */
record RunJob(String label, String key, boolean alone, Supplier<Object> work) {
}
