package measured.run.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The process groups still alive, killed by a shutdown hook so that no sample outlives the build JVM. */
final class LiveGroups {

    private static final Set<GroupedProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> LIVE.forEach(GroupedProcess::killAll), "kill-live-sample-processes"));
    }

    private LiveGroups() {
    }

    static void add(GroupedProcess process) {
        LIVE.add(process);
    }

    static void remove(GroupedProcess process) {
        LIVE.remove(process);
    }
}
