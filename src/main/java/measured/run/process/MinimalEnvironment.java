package measured.run.process;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a sample sees: only what a Java program needs to run the same on every machine (PATH,
 * the running JDK as JAVA_HOME, UTF-8, UTC, HOME in its own working directory), nothing from the build's.
 */
public final class MinimalEnvironment {

    private MinimalEnvironment() {
    }

    public static Map<String, String> forWorkingDirectory(Path workingDirectory) {
        Path javaHome = RunningJdk.home();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", javaHome.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("HOME", workingDirectory.toString());
        environment.put("TMPDIR", workingDirectory.toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("TZ", "UTC");
        return environment;
    }

    /**
     * JVM options that make Java agree with that environment: Java takes {@code user.home} from the password
     * database, not HOME, and {@code java.io.tmpdir} is /tmp whatever TMPDIR says, so a sample writing to either
     * would write outside its working directory without them.
     */
    public static List<String> javaOptions(Path workingDirectory) {
        return List.of("-Duser.home=" + workingDirectory, "-Djava.io.tmpdir=" + workingDirectory);
    }
}
