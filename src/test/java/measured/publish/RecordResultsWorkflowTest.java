package measured.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow that records results on a matrix of machines, tested as far as it can be here: it parses, runs
 * when it should, records on Linux x64 and arm64 and macOS arm64 with the build's own properties, and its last
 * job's command (collect-results.sh) puts the downloaded bundles into results/. The hosted runners, the artifact
 * transfer and the pull request run only on GitHub.
 */
class RecordResultsWorkflowTest {

    private static final Path PROJECT = Path.of(System.getProperty("site.project", ".")).toAbsolutePath().normalize();
    private static final JsonNode WORKFLOW = read();

    @Test
    void runsByHandWeeklyAndWhenSamplesChange() {
        JsonNode on = WORKFLOW.get("on");
        assertTrue(on.has("workflow_dispatch"));
        assertTrue(on.get("schedule").get(0).get("cron").asText().matches("\\S+ \\S+ \\* \\* \\S+"), "weekly");
        List<String> paths = new ArrayList<>();
        on.get("push").get("paths").forEach(p -> paths.add(p.asText()));
        assertTrue(paths.contains("samples/**"), paths.toString());
    }

    @Test
    void recordsOnLinuxX64AndArm64AndMacOs() throws Exception {
        String include = WORKFLOW.at("/jobs/record/strategy/matrix/include").asText();
        Matcher defaults = Pattern.compile("\\|\\| '(\\[.*])'").matcher(include);
        assertTrue(defaults.find(), include);
        List<String> machines = new ArrayList<>();
        List<String> runners = new ArrayList<>();
        new ObjectMapper().readTree(defaults.group(1)).forEach(m -> {
            machines.add(m.get("machine").asText());
            runners.add(m.get("runner").asText());
        });
        assertEquals(List.of("linux-x64", "linux-arm64", "macos-arm64"), machines);
        assertTrue(runners.contains("ubuntu-24.04-arm") && runners.stream().anyMatch(r -> r.startsWith("macos-")), runners.toString());
        assertEquals("${{ matrix.runner }}", WORKFLOW.at("/jobs/record/runs-on").asText());
    }

    @Test
    void theRecordStepUsesTheBuildsOwnProperties() throws Exception {
        String run = step("record", "Record the results of every sample on this machine").get("run").asText();
        assertTrue(run.startsWith("./mvnw -B -ntp package -DskipTests"), run);
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        Matcher property = Pattern.compile("-D([\\w.]+)=").matcher(run);
        int found = 0;
        while (property.find()) {
            found++;
            assertTrue(pom.contains("<" + property.group(1) + ">"), "the pom defines " + property.group(1));
        }
        assertEquals(2, found, "site.fresh and site.record: " + run);
        JsonNode upload = WORKFLOW.at("/jobs/record/steps").get(WORKFLOW.at("/jobs/record/steps").size() - 1);
        assertEquals("target/results/${{ matrix.machine }}", upload.at("/with/path").asText());
        assertEquals("results-${{ matrix.machine }}", upload.at("/with/name").asText());
    }

    @Test
    void theLastJobPutsTheDownloadedBundlesIntoResults(@TempDir Path repo) throws Exception {
        String run = step("pull-request", "Put the new bundles into results/").get("run").asText();
        assertEquals("bash scripts/collect-results.sh downloaded results", run);
        Path downloaded = repo.resolve("downloaded");
        write(downloaded.resolve("results-linux-x64/machine.properties"), "name=linux-x64\n");
        write(downloaded.resolve("results-linux-x64/threads-X.java@0123456789ab/entry.properties"), "bundle.what=threads/X.java\n");
        write(downloaded.resolve("results-macos-arm64/half-written.txt"), "a job that failed before it recorded\n");
        write(repo.resolve("results/linux-x64/old@000000000000/entry.properties"), "stale\n");
        write(repo.resolve("results/macos-arm64/machine.properties"), "name=macos-arm64\n");
        Process script = new ProcessBuilder("bash", PROJECT.resolve("scripts/collect-results.sh").toString(), "downloaded", "results")
                .directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes());
        assertEquals(0, script.waitFor(), output);
        assertTrue(Files.exists(repo.resolve("results/linux-x64/threads-X.java@0123456789ab/entry.properties")), output);
        assertTrue(!Files.exists(repo.resolve("results/linux-x64/old@000000000000")), "the machine's old bundle is replaced");
        assertTrue(Files.exists(repo.resolve("results/macos-arm64/machine.properties")), "a failed machine keeps its bundle");
        assertTrue(output.contains("keeping results/macos-arm64"), output);
    }

    private static JsonNode step(String job, String name) {
        for (JsonNode step : WORKFLOW.at("/jobs/" + job + "/steps")) {
            if (name.equals(step.path("name").asText())) {
                return step;
            }
        }
        throw new AssertionError("no step '" + name + "' in job " + job);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static JsonNode read() {
        try {
            // YAML 1.1 reads the key "on" as true; Jackson keeps it a string.
            return new YAMLMapper().readTree(PROJECT.resolve(".github/workflows/record-results.yml").toFile());
        } catch (Exception e) {
            throw new IllegalStateException("record-results.yml does not parse", e);
        }
    }

}
