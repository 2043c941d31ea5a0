package measured.machine;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A Linux CPU list as in /proc/self/status and sysfs: {@code 0-3,8,10-11}. */
final class CpuList {

    private CpuList() {
    }

    static Optional<Set<Integer>> parse(String list) {
        Set<Integer> cpus = new TreeSet<>();
        try {
            for (String part : list.split(",")) {
                String range = part.strip();
                if (range.isEmpty()) {
                    continue;
                }
                int dash = range.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
                for (int cpu = from; cpu <= to; cpu++) {
                    cpus.add(cpu);
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return cpus.isEmpty() ? Optional.empty() : Optional.of(cpus);
    }
}
