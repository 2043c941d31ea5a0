package measured.build;

/**
 * The builder the tests of one JVM share: starting Asciidoctor's JRuby costs seconds, so every fixture site
 * is baked by the same one, one bake at a time, as serve mode does.
 */
public final class TestBuilder {

    private static final SiteBuilder BUILDER = new SiteBuilder(System.out);

    private TestBuilder() {
    }

    public static SiteBuilder get() {
        return BUILDER;
    }
}
