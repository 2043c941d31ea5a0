package measured.build;

import measured.asciidoc.SiteAsciidoctor;
import measured.run.RunSummary;

import java.io.PrintStream;

/**
 * Bakes sites, one at a time, keeping what is expensive to start between bakes (Asciidoctor's JRuby runtime):
 * the command line bakes once, serve mode again after every change. Each bake is its own {@link Bake}.
 */
public final class SiteBuilder implements AutoCloseable {

    private final SiteAsciidoctor asciidoctor;
    private final PrintStream console;

    public SiteBuilder(PrintStream console) {
        // JBake's libraries log through SLF4J (logback.xml) and OrientDB through java.util.logging.
        QuietLogging.install();
        this.asciidoctor = new SiteAsciidoctor();
        this.console = console;
    }

    /** Bakes and publishes the site; throws {@link SiteBuildException} listing every problem found. */
    public synchronized RunSummary bake(BuildOptions options) {
        return new Bake(options, asciidoctor, console, false).run().summary();
    }

    /** A site served while a writer edits it: baked whole once, then again only where it changed. */
    public LiveSite live(BuildOptions options) {
        return new LiveSite(options, asciidoctor, console);
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
