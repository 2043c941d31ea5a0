package measured.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A container's CPU quota, in cores, from the control groups of this process: cgroup v2's {@code cpu.max}
 * ("150000 100000" is 1.5 cores) along the process's cgroup path up to the root, the tightest one winning, or
 * cgroup v1's {@code cpu.cfs_quota_us / cpu.cfs_period_us}. Empty where no quota is set or none can be read.
 */
final class CpuQuota {

    private CpuQuota() {
    }

    static Optional<Double> of(Path proc, Path sys) {
        Optional<String> groups = read(proc.resolve("self/cgroup"));
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> tightest = Optional.empty();
        for (String line : groups.get().lines().toList()) {
            String[] parts = line.split(":", 3);
            if (parts.length < 3) {
                continue;
            }
            boolean v2 = parts[0].equals("0") && parts[1].isEmpty();
            boolean v1 = java.util.List.of(parts[1].split(",")).contains("cpu");
            for (Path group = Path.of(parts[2]); group != null; group = group.getParent()) {
                String relative = group.toString().replaceFirst("^/", "");
                Optional<Double> quota = v2 ? v2Quota(sys.resolve("fs/cgroup").resolve(relative))
                        : v1 ? v1Quota(sys.resolve("fs/cgroup").resolve(parts[1]).resolve(relative)) : Optional.empty();
                if (quota.isPresent() && (tightest.isEmpty() || quota.get() < tightest.get())) {
                    tightest = quota;
                }
            }
        }
        return tightest;
    }

    private static Optional<Double> v2Quota(Path group) {
        return read(group.resolve("cpu.max")).flatMap(text -> {
            String[] fields = text.strip().split("\\s+");
            return fields.length == 2 && !fields[0].equals("max") ? ratio(fields[0], fields[1]) : Optional.empty();
        });
    }

    private static Optional<Double> v1Quota(Path group) {
        Optional<String> quota = read(group.resolve("cpu.cfs_quota_us")).map(String::strip);
        Optional<String> period = read(group.resolve("cpu.cfs_period_us")).map(String::strip);
        return quota.isPresent() && period.isPresent() && !quota.get().startsWith("-") ? ratio(quota.get(), period.get())
                : Optional.empty();
    }

    private static Optional<Double> ratio(String quota, String period) {
        try {
            double cores = Double.parseDouble(quota) / Double.parseDouble(period);
            return cores > 0 && Double.isFinite(cores) ? Optional.of(cores) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
