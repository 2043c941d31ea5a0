package measured.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lighthouse (npm, src/test/lighthouse) on every page with Debian's Chromium, mobile form factor, offline:
 * performance, accessibility, best practices and SEO must each score 100. Slow (about 15 s a page), so
 * it runs only when asked:
 * {@code ./mvnw verify -Dlighthouse=true -Dit.test=LighthouseIT}
 * (or, over an existing bake, {@code ./mvnw test-compile failsafe:integration-test -Dlighthouse=true -Dit.test=LighthouseIT}).
 * Scores per page go to target/lighthouse/scores.md, full reports beside it.
 */
@EnabledIfSystemProperty(named = "lighthouse", matches = "true")
class LighthouseIT {

    private static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");
    private static final Path TOOL = Path.of("src/test/lighthouse");
    private static final Path REPORTS = Path.of("target/lighthouse");

    @Test
    void everyPageScores100(/* no browser session: Lighthouse starts its own Chromium */) throws Exception {
        installLighthouse();
        Files.createDirectories(REPORTS);
        SiteFolder site = SiteFolder.baked();
        int minimum = Integer.getInteger("lighthouse.minimum", 100);
        List<String> below = new ArrayList<>();
        StringBuilder table = new StringBuilder("| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|\n");
        try (StaticSiteServer server = StaticSiteServer.start(site.root(), SecurityHeaders.ofProject())) {
            for (String page : site.pages()) {
                Map<String, Integer> scores = audit(server.base().resolve(page).toString(), page);
                table.append("| ").append(page);
                for (String category : CATEGORIES) {
                    int score = scores.getOrDefault(category, -1);
                    table.append(" | ").append(score);
                    if (score < minimum) {
                        below.add(page + " " + category + " " + score);
                    }
                }
                table.append(" |\n");
                System.out.println("Lighthouse " + page + ": " + scores);
            }
        }
        Files.writeString(REPORTS.resolve("scores.md"), table);
        assertTrue(below.isEmpty(), "scores below " + minimum + ": " + below + " (details in " + REPORTS + ")");
    }

    private static void installLighthouse() throws IOException, InterruptedException {
        if (!Files.isDirectory(TOOL.resolve("node_modules/lighthouse"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", TOOL.toString()), Map.of());
        }
    }

    private static Map<String, Integer> audit(String url, String page) throws IOException, InterruptedException {
        Path json = REPORTS.resolve(page.replace('/', '-').replace(".html", "") + ".report.json");
        String flags = "--headless=new --no-sandbox --disable-dev-shm-usage --host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\" "
                + "--disable-background-networking --disable-component-update --disable-sync --no-first-run";
        run(List.of("node", TOOL.resolve("node_modules/lighthouse/cli/index.js").toString(), url,
                "--quiet", "--output=json", "--output-path=" + json,
                "--only-categories=" + String.join(",", CATEGORIES),
                "--chrome-flags=" + flags), Map.of("CHROME_PATH", System.getProperty("browser.binary", "/usr/bin/chromium")));
        JsonNode categories = new ObjectMapper().readTree(json.toFile()).path("categories");
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (String category : CATEGORIES) {
            JsonNode score = categories.path(category).path("score");
            scores.put(category, score.isNumber() ? (int) Math.round(score.asDouble() * 100) : -1);
        }
        return scores;
    }

    private static void run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command));
        }
    }
}
