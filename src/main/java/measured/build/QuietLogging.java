package measured.build;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the build's console for what an author needs: JBake's libraries log through SLF4J (configured in
 * logback.xml) and OrientDB through java.util.logging, which is turned down to warnings here.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void install() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.SEVERE);
        // OrientDB prints its memory auto-configuration at INFO on every start.
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
        System.setProperty("memory.directMemory.trackMode", "false");
    }
}
