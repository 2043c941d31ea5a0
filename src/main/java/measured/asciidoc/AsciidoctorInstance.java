package measured.asciidoc;

import org.asciidoctor.Asciidoctor;

/**
 * The one Asciidoctor (JRuby) instance of the build JVM: starting it costs seconds, so serve mode's
 * re-bakes reuse it. Its extensions are registered by SPI ({@link SiteExtensions}).
 */
final class AsciidoctorInstance {

    private static Asciidoctor instance;

    private AsciidoctorInstance() {
    }

    static synchronized Asciidoctor get() {
        if (instance == null) {
            instance = Asciidoctor.Factory.create();
        }
        return instance;
    }
}
