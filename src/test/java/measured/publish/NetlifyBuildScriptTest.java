package measured.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Netlify build script's decisions: which JDK it uses, when it downloads one, how a
 * download fails, what it passes to Maven. Fake JDKs are shell scripts that print a
 * version; the "Adoptium" of the download tests is a server on 127.0.0.1.
 */
class NetlifyBuildScriptTest {

    private static final Path JDK25 = Path.of(System.getProperty("java.home"));

    private final BuildScript script = new BuildScript(NetlifyConfig.projectDir());

    @TempDir
    Path temp;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theTestsRunOnJdk25() throws Exception {
        // Every "JDK 25 present" case below uses the JDK running the tests.
        assertEquals("25", script.call(Map.of("PATH", "/usr/bin:/bin"),
                "java_feature_version " + JDK25.resolve("bin/java")).outLine());
    }

    @Test
    void readsTheFeatureVersionOfManyVersionLines() throws Exception {
        assertEquals("25", versionOf("openjdk version \"25.0.3\" 2026-04-21"));
        assertEquals("25", versionOf("openjdk version \"25\" 2025-09-16"));
        assertEquals("25", versionOf("openjdk version \"25-ea\" 2025-09-16"));
        assertEquals("17", versionOf("openjdk version \"17.0.15\" 2025-04-15"));
        assertEquals("8", versionOf("java version \"1.8.0_452\""));
        // JAVA_TOOL_OPTIONS makes the JVM print a line before the version.
        assertEquals("25", versionOf("Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version \"25.0.1\" 2025-10-21"));
    }

    @Test
    void acceptsExactlyJdk25() throws Exception {
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin");
        assertEquals(0, script.call(env, "is_jdk25 " + fakeJdk("a", "25.0.3").resolve("bin/java")).exit());
        assertEquals(1, script.call(env, "is_jdk25 " + fakeJdk("b", "26").resolve("bin/java")).exit());
        assertEquals(1, script.call(env, "is_jdk25 " + fakeJdk("c", "17.0.15").resolve("bin/java")).exit());
        assertEquals(1, script.call(env, "is_jdk25 " + temp.resolve("missing/bin/java")).exit());
    }

    @Test
    void usesJavaHomeWhenItIsJdk25() throws Exception {
        Path jdk17 = fakeJdk("jdk17", "17.0.15");
        var run = script.call(Map.of("JAVA_HOME", JDK25.toString(), "PATH", path(jdk17)),
                "find_jdk25 " + temp.resolve("cache"));
        assertEquals(0, run.exit(), run.err());
        assertEquals(JDK25.toString(), run.outLine());
    }

    @Test
    void usesTheJavaOnPathWhenItIsJdk25() throws Exception {
        // A link, as /usr/bin/java usually is: the script follows it to the JDK's folder.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), JDK25.resolve("bin/java"));
        var run = script.call(Map.of("PATH", bin + ":/usr/bin:/bin"), "find_jdk25 " + temp.resolve("cache"));
        assertEquals(0, run.exit(), run.err());
        assertEquals(JDK25.toRealPath().toString(), run.outLine());
    }

    @Test
    void decidesToDownloadWhenOnlyJdk17IsThere() throws Exception {
        Path jdk17 = fakeJdk("jdk17", "17.0.15");
        Path cache = temp.resolve("cache");
        Map<String, String> env = Map.of("JAVA_HOME", jdk17.toString(), "PATH", path(jdk17),
                "NETLIFY_CACHE_DIR", cache.toString());
        assertEquals(1, script.call(env, "find_jdk25 " + cache).exit());

        var plan = script.main(env, "--print");
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.err().contains("no JDK 25 found: a build would download Temurin 25 into " + cache + "/jdk-25"), plan.err());
        assertTrue(plan.out().contains("JAVA_HOME=" + cache + "/jdk-25"), plan.out());
    }

    @Test
    void decidesToDownloadWithTheMachinesJdk17() throws Exception {
        // The same decision with a real JDK 17, where the machine has one.
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isExecutable(jdk17.resolve("bin/java")), "no JDK 17 at " + jdk17);
        var run = script.call(Map.of("JAVA_HOME", jdk17.toString(), "PATH", jdk17.resolve("bin") + ":/usr/bin:/bin"),
                "java_feature_version $JAVA_HOME/bin/java; find_jdk25 " + temp.resolve("cache"));
        assertEquals(1, run.exit());
        assertEquals("17", run.outLine());
    }

    @Test
    void reusesTheJdkAnEarlierBuildDownloaded() throws Exception {
        Path jdk17 = fakeJdk("jdk17", "17.0.15");
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Files.move(fakeJdk("downloaded", "25.0.3"), cache.resolve("jdk-25"));
        var run = script.call(Map.of("JAVA_HOME", jdk17.toString(), "PATH", path(jdk17)), "find_jdk25 " + cache);
        assertEquals(0, run.exit(), run.err());
        assertEquals(cache.resolve("jdk-25").toString(), run.outLine());
    }

    @Test
    void downloadsChecksAndCachesTheJdk() throws Exception {
        byte[] tarball = tarball(fakeJdk("jdk-25.0.9+1", "25.0.9"));
        List<String> requests = serve(tarball, sha256(tarball));
        Path cache = temp.resolve("cache");
        Path jdk17 = fakeJdk("jdk17", "17.0.15");
        Map<String, String> env = Map.of("JAVA_HOME", jdk17.toString(), "PATH", path(jdk17),
                "ADOPTIUM_API_URL", apiUrl());

        var run = script.call(env, "download_jdk25 " + cache);
        assertEquals(0, run.exit(), run.err());
        assertEquals(cache.resolve("jdk-25").toString(), run.outLine());
        assertTrue(Files.isExecutable(cache.resolve("jdk-25/bin/java")));
        String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch64" : "x64";
        assertEquals(List.of(
                "/v3/binary/latest/25/ga/linux/" + arch + "/jdk/hotspot/normal/eclipse",
                "/release/OpenJDK25U-jdk.tar.gz",
                "/release/OpenJDK25U-jdk.tar.gz.sha256.txt"), requests);
        assertEquals(List.of("jdk-25"), children(cache), "nothing but the JDK is left in the cache");

        // The next build finds it and downloads nothing.
        var next = script.call(env, "find_jdk25 " + cache);
        assertEquals(cache.resolve("jdk-25").toString(), next.outLine());
        assertEquals(3, requests.size());
    }

    @Test
    void aCorruptDownloadIsNotKept() throws Exception {
        byte[] tarball = tarball(fakeJdk("jdk-25.0.9+1", "25.0.9"));
        serve(tarball, "0".repeat(64));
        Path cache = temp.resolve("cache");
        var run = script.call(Map.of("PATH", "/usr/bin:/bin", "ADOPTIUM_API_URL", apiUrl()), "download_jdk25 " + cache);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is corrupt (SHA-256 " + sha256(tarball) + ", expected " + "0".repeat(64)), run.err());
        assertEquals(List.of(), children(cache));
    }

    @Test
    void aTarballWithoutJdk25IsNotKept() throws Exception {
        byte[] tarball = tarball(fakeJdk("jdk-26+1", "26"));
        serve(tarball, sha256(tarball));
        Path cache = temp.resolve("cache");
        var run = script.call(Map.of("PATH", "/usr/bin:/bin", "ADOPTIUM_API_URL", apiUrl()), "download_jdk25 " + cache);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("does not contain a JDK 25 that runs here"), run.err());
        assertEquals(List.of(), children(cache));
    }

    @Test
    void anUnreachableDownloadFailsTheBuildWithAClearMessage() throws Exception {
        String closed = "http://127.0.0.1:" + freePort();
        Path jdk17 = fakeJdk("jdk17", "17.0.15");
        Path cache = temp.resolve("cache");
        var run = script.main(Map.of("JAVA_HOME", jdk17.toString(), "PATH", path(jdk17),
                "NETLIFY_CACHE_DIR", cache.toString(), "ADOPTIUM_API_URL", closed));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error: could not download a JDK 25 from " + closed + "/v3/binary/latest/25/ga/linux/"), run.err());
        assertTrue(run.err().contains("Check that the build can reach " + closed + ", or set JAVA_HOME to a JDK 25."), run.err());
        assertFalse(run.err().contains("mvnw"), "Maven must not start without a JDK 25");
        assertEquals(List.of(), children(cache));
    }

    @Test
    void theRealAdoptiumHostFailsClearlyWhereItCannotBeReached() throws Exception {
        // Only where this machine cannot resolve the host: elsewhere it would download 200 MB.
        assumeTrue(unresolvable("api.adoptium.net"), "api.adoptium.net is reachable here");
        Path cache = temp.resolve("cache");
        var run = script.call(Map.of("PATH", "/usr/bin:/bin"), "download_jdk25 " + cache);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("could not download a JDK 25 from https://api.adoptium.net/v3/binary/latest/25/ga/linux/"), run.err());
        assertTrue(run.err().contains("Could not resolve host"), run.err());
    }

    @Test
    void productionBuildsKeepTheSiteHostOfJbakeProperties() throws Exception {
        var run = script.call(Map.of("PATH", "/usr/bin:/bin", "CONTEXT", "production"), "maven_args /cache /no/bundles");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("-B", "-ntp", "package", "-DskipTests", "-Dmaven.repo.local=/cache/maven-repository",
                "-Dsite.cache=/cache/samples"), run.out().lines().toList());
    }

    @Test
    void theCommittedResultsBundlesArePassedToTheBake() throws Exception {
        Path results = temp.resolve("results");
        for (String machine : List.of("linux-x64-2core", "macos-arm64")) {
            Files.createDirectories(results.resolve(machine));
            Files.writeString(results.resolve(machine).resolve("machine.properties"), "name=" + machine + "\n");
        }
        Files.createDirectories(results.resolve("not-a-bundle"));
        var run = script.call(Map.of("PATH", "/usr/bin:/bin", "CONTEXT", "production"), "maven_args /cache " + results);
        assertEquals(0, run.exit(), run.err());
        assertEquals("-Dsite.results=" + results + "/linux-x64-2core," + results + "/macos-arm64",
                run.out().lines().toList().getLast());
    }

    @Test
    void deployPreviewsAndBranchDeploysUseTheirOwnUrl() throws Exception {
        for (String context : List.of("deploy-preview", "branch-deploy")) {
            String url = "https://deploy-preview-42--concurrency-measured.netlify.app";
            var run = script.call(Map.of("PATH", "/usr/bin:/bin", "CONTEXT", context, "DEPLOY_PRIME_URL", url),
                    "maven_args /cache /no/bundles");
            assertEquals(0, run.exit(), run.err());
            assertEquals("-Dsite.host=" + url, run.out().lines().toList().getLast(), context);
        }
        var missing = script.call(Map.of("PATH", "/usr/bin:/bin", "CONTEXT", "deploy-preview"), "maven_args /cache /no/bundles");
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("DEPLOY_PRIME_URL is not set"), missing.err());
    }

    @Test
    void printShowsThePlanOfADeployPreviewWithJdk25Present() throws Exception {
        Path cache = temp.resolve("cache");
        var run = script.main(Map.of("JAVA_HOME", JDK25.toString(), "PATH", "/usr/bin:/bin",
                "NETLIFY_CACHE_DIR", cache.toString(), "CONTEXT", "deploy-preview",
                "DEPLOY_PRIME_URL", "https://deploy-preview-7--example.netlify.app"), "--print");
        assertEquals(0, run.exit(), run.err());
        String bundles = script.call(Map.of("PATH", "/usr/bin:/bin"), "results_bundles").out().strip();
        assertEquals(List.of(
                "JAVA_HOME=" + JDK25,
                "MAVEN_USER_HOME=" + cache + "/maven-home",
                "./mvnw -B -ntp package -DskipTests -Dmaven.repo.local=" + cache + "/maven-repository -Dsite.cache="
                        + cache + "/samples" + (bundles.isEmpty() ? "" : " -Dsite.results=" + bundles)
                        + " -Dsite.host=https://deploy-preview-7--example.netlify.app"),
                run.out().lines().toList());
        assertFalse(Files.exists(cache.resolve("jdk-25")), "--print downloads nothing");
    }

    @Test
    void theCacheFolderIsNetlifysWhenSet() throws Exception {
        var run = script.call(Map.of("PATH", "/usr/bin:/bin", "NETLIFY_CACHE_DIR", "/somewhere/cache"), "cache_dir");
        assertEquals("/somewhere/cache", run.outLine());
    }

    @Test
    void rejectsUnknownOptions() throws Exception {
        var run = script.main(Map.of("PATH", "/usr/bin:/bin"), "--deploy");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown option --deploy"), run.err());
    }

    // ---- fakes

    private String versionOf(String versionOutput) throws Exception {
        Path home = fakeJdkPrinting("v" + Math.abs(versionOutput.hashCode()), versionOutput);
        var run = script.call(Map.of("PATH", "/usr/bin:/bin"), "java_feature_version " + home.resolve("bin/java"));
        assertEquals(0, run.exit(), run.err());
        return run.outLine();
    }

    /** A folder with bin/java that prints the version lines of the given JDK, as java -version does. */
    private Path fakeJdk(String name, String version) throws IOException {
        return fakeJdkPrinting(name, "openjdk version \"" + version + "\" 2026-01-20\nOpenJDK Runtime Environment (build "
                + version + ")\nOpenJDK 64-Bit Server VM (build " + version + ", mixed mode)");
    }

    private Path fakeJdkPrinting(String name, String versionOutput) throws IOException {
        Path home = temp.resolve("jdks").resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\ncat >&2 <<'EOF'\n" + versionOutput + "\nEOF\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static String path(Path jdkHome) {
        return jdkHome.resolve("bin") + ":/usr/bin:/bin";
    }

    private byte[] tarball(Path jdkHome) throws Exception {
        Path file = temp.resolve("jdk.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", file.toString(), "-C", jdkHome.getParent().toString(),
                jdkHome.getFileName().toString()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        return Files.readAllBytes(file);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Answers like the Adoptium API: a redirect to the release file, with its checksum beside it. */
    private List<String> serve(byte[] tarball, String sha256) throws IOException {
        List<String> requests = new CopyOnWriteArrayList<>();
        Map<String, byte[]> files = new HashMap<>();
        files.put("/release/OpenJDK25U-jdk.tar.gz", tarball);
        files.put("/release/OpenJDK25U-jdk.tar.gz.sha256.txt",
                (sha256 + "  OpenJDK25U-jdk.tar.gz\n").getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            if (path.startsWith("/v3/binary/latest/25/ga/linux/")) {
                exchange.getResponseHeaders().add("Location", "/release/OpenJDK25U-jdk.tar.gz");
                exchange.sendResponseHeaders(307, -1);
            } else if (files.containsKey(path)) {
                send(exchange, 200, files.get(path));
            } else {
                send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8));
            }
            exchange.close();
        });
        server.start();
        return requests;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean unresolvable(String host) {
        try {
            InetAddress.getByName(host);
            return false;
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static List<String> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
