package measured.build;

import measured.asciidoc.PageEngine;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;
import java.util.List;

/**
 * Bakes one source folder (with its jbake.properties) into one destination folder with JBake, using the
 * project's own AsciiDoc engine, and returns JBake's errors instead of letting them pass silently.
 */
final class SiteOven {

    private static final PageEngine PAGE_ENGINE = new PageEngine();

    static {
        // Whoever bakes (the command line, serve mode, tests), JBake's libraries stay quiet.
        QuietLogging.install();
        // Replaces JBake's AsciidoctorEngine: ours knows each page's file and line numbers.
        for (String extension : List.of("adoc", "asciidoc", "ad")) {
            Engines.register(extension, PAGE_ENGINE);
        }
    }

    private SiteOven() {
    }

    /** Bakes and returns one line per JBake error (empty when the bake succeeded). */
    static List<String> bake(Path source, Path destination, String host) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
        if (!host.isBlank()) {
            config.setProperty("site.host", host.endsWith("/") ? host.substring(0, host.length() - 1) : host);
        }
        Oven oven = new Oven(config);
        try {
            oven.bake();
        } catch (RuntimeException e) {
            // Oven.bake() reports rendering errors through getErrors() but lets crawl errors escape.
            if (Boolean.getBoolean("measured.debug")) { e.printStackTrace(); }
            return List.of("bake failed: " + rootMessage(e));
        }
        return oven.getErrors().stream().map(SiteOven::rootMessage).toList();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return cause == error ? message : message + " (" + cause + ")";
    }
}
