package measured.build;

import measured.asciidoc.PageConverter;
import measured.asciidoc.PageEngine;
import measured.site.SiteLayout;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;
import java.util.List;

/**
 * JBake for one bake: the site's configuration (its jbake.properties, the destination, the base URL), and
 * the bake itself with the project's own AsciiDoc engine, returning JBake's errors instead of letting them
 * pass silently.
 */
final class JBakeSite {

    private static final List<String> ADOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");

    private final DefaultJBakeConfiguration config;

    JBakeSite(SiteLayout layout, Path destination, String host) {
        config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(layout.root().toFile(), destination.toFile(), true);
        if (!host.isBlank()) {
            config.setProperty("site.host", host.endsWith("/") ? host.substring(0, host.length() - 1) : host);
        }
    }

    /** The AsciiDoc attributes jbake.properties gives every page. */
    List<String> asciidoctorAttributes() {
        return config.getAsciidoctorAttributes();
    }

    /** Bakes with this converter and returns one line per JBake error (empty when the bake succeeded). */
    List<String> bake(PageConverter converter) {
        // JBake keeps one engine per extension for the whole JVM; ours holds no state of a bake (see PageEngine).
        for (String extension : ADOC_EXTENSIONS) {
            Engines.register(extension, new PageEngine());
        }
        converter.installInto(config);
        Oven oven = new Oven(config);
        try {
            oven.bake();
        } catch (RuntimeException e) {
            // Oven.bake() reports rendering errors through getErrors() but lets crawl errors escape.
            if (Boolean.getBoolean("measured.debug")) {
                e.printStackTrace();
            }
            return List.of("bake failed: " + rootMessage(e));
        }
        return oven.getErrors().stream().map(JBakeSite::rootMessage).toList();
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
