package measured.machine;

import measured.outcome.Machine;

/** Finds out what machine the build runs on, for the stamp of every result. */
public final class MachineProbe {

    /** This machine as a sample sees it. */
    public Machine machine() {
        return new Machine(Runtime.getRuntime().availableProcessors(), 0, "",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"));
    }
}
