package measured.build;

import measured.asciidoc.PageConverter;
import measured.asciidoc.PageEngine;
import measured.site.SiteLayout;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * JBake for one bake: the site's configuration (its jbake.properties, the destination, the base URL), and
 * the bake itself with the project's own AsciiDoc engine, returning JBake's errors instead of letting them
 * pass silently.
 */
final class JBakeSite {

    private static final List<String> ADOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");

    private final DefaultJBakeConfiguration config;
    /** Serve mode's JBake, whose content store outlives one bake; empty for a bake of its own. */
    private final Optional<Utensils> kept;

    JBakeSite(SiteLayout layout, Path destination, String host) {
        this(layout, destination, host, false);
    }

    private JBakeSite(SiteLayout layout, Path destination, String host, boolean keep) {
        config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(layout.root().toFile(), destination.toFile(), !keep);
        if (!host.isBlank()) {
            config.setProperty("site.host", host.endsWith("/") ? host.substring(0, host.length() - 1) : host);
        }
        kept = keep ? Optional.of(keptUtensils(config)) : Optional.empty();
    }

    /**
     * A JBake that keeps what it read between bakes (serve mode): each bake re-reads and re-renders only the pages
     * whose files changed or that {@link #forget} names.
     */
    static JBakeSite keeping(SiteLayout layout, Path destination, String host) {
        return new JBakeSite(layout, destination, host, true);
    }

    private static Utensils keptUtensils(DefaultJBakeConfiguration config) {
        KeptContentStore store = new KeptContentStore();
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new Asset(config));
        return utensils;
    }

    /** Where the next bake writes (serve mode bakes into the published folder once it exists). */
    void writeTo(Path destination) {
        config.setDestinationFolder(destination.toFile());
    }

    /** Makes the next bake read and render these pages again, though their files did not change. */
    void forget(List<String> pageUris) {
        kept.ifPresent(u -> pageUris.forEach(((KeptContentStore) u.getContentStore())::forget));
    }

    /** Closes a kept content store. */
    void release() {
        kept.ifPresent(u -> ((KeptContentStore) u.getContentStore()).release());
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
        Oven oven = kept.map(Oven::new).orElseGet(() -> new Oven(config));
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
