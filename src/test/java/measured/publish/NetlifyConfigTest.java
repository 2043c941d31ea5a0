package measured.publish;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** netlify.toml parses, builds with the script, publishes the baked site, and sends the headers the pages need. */
class NetlifyConfigTest {

    /**
     * The policy the pages are built for: only the site's own files, no inline script or style;
     * WebAssembly may be compiled because the search (Pagefind) needs it.
     */
    private static final Map<String, String> CSP = Map.of(
            "default-src", "'self'",
            "script-src", "'self' 'wasm-unsafe-eval'",
            "style-src", "'self'",
            "img-src", "'self' data:",
            "object-src", "'none'",
            "base-uri", "'self'",
            "form-action", "'self'",
            "frame-ancestors", "'none'");

    /** Paths of every kind the site serves. */
    private static final List<String> PATHS = List.of("/", "/index.html", "/threads/index.html",
            "/threads/io-bound.html", "/404.html", "/sitemap.xml", "/css/site.css", "/js/site.js",
            "/img/favicon.svg", "/samples/threads/CompletionOrder.java");

    private final Path project = NetlifyConfig.projectDir();

    @Test
    void buildsWithTheScriptAndPublishesTheBakedSite() throws IOException {
        NetlifyConfig config = NetlifyConfig.read(project);
        assertEquals("bash scripts/netlify-build.sh", config.build("command"));
        assertTrue(Files.isRegularFile(project.resolve("scripts/netlify-build.sh")));
        assertEquals("target/site", config.build("publish"));
        // The folder the bake writes to by default (pom.xml), or Netlify publishes nothing.
        assertTrue(Files.readString(project.resolve("pom.xml"))
                .contains("<site.output>${project.build.directory}/site</site.output>"));
    }

    @Test
    void theBakeWritesThe404PageNetlifyServes() throws IOException {
        // Netlify answers an unknown path with /404.html of the publish folder.
        Properties jbake = new Properties();
        try (var in = Files.newBufferedReader(project.resolve("jbake.properties"))) {
            jbake.load(in);
        }
        assertEquals("true", jbake.getProperty("render.error404"));
        assertEquals("404.html", jbake.getProperty("error404.file"));
        assertTrue(Files.isRegularFile(project.resolve("templates").resolve(jbake.getProperty("template.error404.file"))));
    }

    @Test
    void everyPathGetsTheStrictContentSecurityPolicy() throws IOException {
        NetlifyConfig config = NetlifyConfig.read(project);
        for (String path : PATHS) {
            String policy = header(config, path, "Content-Security-Policy");
            assertNotNull(policy, "no Content-Security-Policy for " + path);
            assertEquals(CSP, directives(policy), path);
            List<String> sources = List.of(policy.split("[;\\s]+"));
            assertFalse(sources.contains("'unsafe-inline'") || sources.contains("'unsafe-eval'")
                    || sources.contains("'unsafe-hashes'"), policy);
        }
    }

    @Test
    void everyPathGetsTheOtherSecurityHeaders() throws IOException {
        NetlifyConfig config = NetlifyConfig.read(project);
        Set<String> referrerPolicies = Set.of("no-referrer", "same-origin", "strict-origin",
                "strict-origin-when-cross-origin");
        for (String path : PATHS) {
            assertEquals("nosniff", header(config, path, "X-Content-Type-Options"), path);
            assertTrue(referrerPolicies.contains(header(config, path, "Referrer-Policy")), path);
            String permissions = header(config, path, "Permissions-Policy");
            assertNotNull(permissions, path);
            for (String feature : permissions.split(",\\s*")) {
                assertTrue(feature.matches("[a-z-]+=\\(\\)"), "not a disabled feature: " + feature);
            }
        }
    }

    @Test
    void onlyFingerprintedFilesAreCachedAsImmutable() throws IOException {
        // Only Pagefind's index and fragment files carry a content hash in their names.
        // Every other file keeps its name when it changes: no lifetime may outlast a deploy
        // by more than a few minutes, and every one must be revalidated.
        NetlifyConfig config = NetlifyConfig.read(project);
        List<String> paths = new ArrayList<>(PATHS);
        paths.addAll(assetPaths());
        paths.addAll(List.of("/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/wasm.en.pagefind",
                "/pagefind/pagefind.en_d0168b90c7.pf_meta"));
        Pattern maxAge = Pattern.compile("max-age=(\\d+)");
        for (String path : paths) {
            String cache = header(config, path, "Cache-Control");
            if (cache == null) {
                continue; // Netlify's default: public, max-age=0, must-revalidate
            }
            assertFalse(cache.contains("immutable"), path + ": " + cache);
            assertTrue(cache.contains("must-revalidate"), path + ": " + cache);
            Matcher m = maxAge.matcher(cache);
            assertTrue(m.find() && Integer.parseInt(m.group(1)) <= 3600, path + ": " + cache);
        }
        assertNotNull(header(config, "/css/site.css", "Cache-Control"), "css gets a short lifetime");
        assertNotNull(header(config, "/js/site.js", "Cache-Control"), "js gets a short lifetime");
        for (String path : List.of("/pagefind/fragment/en_bfee375.pf_fragment", "/pagefind/index/en_6625f71.pf_index")) {
            assertEquals("public, max-age=31536000, immutable", header(config, path, "Cache-Control"), path);
        }
    }

    @Test
    void pagefindNamesItsIndexAndFragmentsByHash() throws IOException {
        // Checks the claim behind the immutable rule on a real index, when the build made one.
        Path pagefind = project.resolve("target/site/pagefind");
        assumeTrue(Files.isDirectory(pagefind.resolve("index")), "no search index baked yet");
        for (String folder : List.of("index", "fragment")) {
            try (Stream<Path> files = Files.list(pagefind.resolve(folder))) {
                files.forEach(f -> assertTrue(f.getFileName().toString().matches("[a-z-]+_[0-9a-f]{6,}\\.pf_" + folder),
                        "not named by hash: " + f));
            }
        }
    }

    @Test
    void noTwoRulesSetTheSameHeaderOnOnePath() throws IOException {
        // How a host merges two values of one header is up to the host: avoid the question.
        NetlifyConfig config = NetlifyConfig.read(project);
        List<String> paths = new ArrayList<>(PATHS);
        paths.addAll(List.of("/pagefind/fragment/en_bfee375.pf_fragment", "/pagefind/index/en_6625f71.pf_index"));
        for (String path : paths) {
            Set<String> seen = new TreeSet<>();
            for (var rule : config.root().path("headers")) {
                if (NetlifyConfig.matches(rule.path("for").asText(), path)) {
                    for (String name : (Iterable<String>) () -> rule.path("values").fieldNames()) {
                        assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), path + " gets " + name + " twice");
                    }
                }
            }
        }
    }

    @Test
    void matchesPathsAsNetlifyDoes() {
        assertTrue(NetlifyConfig.matches("/*", "/"));
        assertTrue(NetlifyConfig.matches("/*", "/threads/io-bound.html"));
        assertTrue(NetlifyConfig.matches("/css/*", "/css/site.css"));
        assertFalse(NetlifyConfig.matches("/css/*", "/js/site.js"));
        assertFalse(NetlifyConfig.matches("/css/*", "/threads/css/x"));
        assertTrue(NetlifyConfig.matches("/404.html", "/404.html"));
    }

    private static String header(NetlifyConfig config, String path, String name) {
        return config.headersFor(path).entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] words = directive.strip().split("\\s+");
            if (!words[0].isEmpty()) {
                directives.put(words[0], String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
            }
        }
        return directives;
    }

    /** The site paths of the files under assets/, which are copied to the site as they are. */
    private List<String> assetPaths() throws IOException {
        Path assets = project.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(assets)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> "/" + assets.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
