package measured.browser;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every download link on every page returns its file, and a sample's download is the sample's source
 * (byte for byte the file in samples/); every JBang line names a file the site serves.
 */
@ExtendWith(BrowserSuite.class)
class DownloadsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void downloadsReturnTheSampleSource(SiteSession session) throws IOException, InterruptedException {
        Path project = SiteFolder.project();
        Set<URI> downloads = new LinkedHashSet<>();
        for (String page : session.site().pages()) {
            URI pageUrl = session.url(page);
            for (Element link : session.site().parse(page).select("a[download]")) {
                downloads.add(pageUrl.resolve(link.attr("href")));
            }
        }
        assertFalse(downloads.isEmpty(), "the site has no download link yet");
        List<String> problems = new ArrayList<>();
        for (URI url : downloads) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            String path = url.getPath().substring(1);
            if (response.statusCode() != 200 || response.body().isBlank()) {
                problems.add(path + " → HTTP " + response.statusCode());
            } else if (path.startsWith("samples/") && path.endsWith(".java")) {
                Path source = project.resolve(path);
                if (Files.isRegularFile(source) && !Files.readString(source).equals(response.body())) {
                    problems.add(path + " differs from " + source);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + downloads.size() + " downloads fail: " + problems);
    }

    @Test
    void jbangLinesNameFilesTheSiteServes(SiteSession session) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        int lines = 0;
        for (String page : session.site().pagesContaining("jbang ")) {
            for (Element code : session.site().parse(page).select(".run-command code")) {
                String command = code.text();
                if (!command.startsWith("jbang ")) {
                    continue;
                }
                lines++;
                String url = command.split(" ")[command.split(" ").length - 1];
                String path = URI.create(url).getPath().substring(1);
                int status = http.send(HttpRequest.newBuilder(session.url(path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    problems.add(page + ": " + command + " → /" + path + " answers " + status);
                }
            }
        }
        assertFalse(lines == 0, "the site has no JBang line yet");
        assertEquals(List.of(), problems);
    }
}
