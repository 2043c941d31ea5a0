package measured.run.process;

import java.nio.file.Path;

/** The JDK this build runs on, whose tools launch and inspect every sample so they all run on the same JDK. */
public final class RunningJdk {

    private RunningJdk() {
    }

    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    public static Path java() {
        return tool("java");
    }

    public static Path jcmd() {
        return tool("jcmd");
    }

    /** The feature release, e.g. 25: what {@code --source} needs beside {@code --enable-preview}. */
    public static int feature() {
        return Runtime.version().feature();
    }

    private static Path tool(String name) {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return home().resolve("bin").resolve(windows ? name + ".exe" : name);
    }
}
