package measured.serve;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serve mode answers like the static host will: index pages, the site's 404 page, nothing outside the site. */
class StaticFilesTest {

    @TempDir
    Path folder;
    HttpServer server;
    HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site/threads"));
        Files.writeString(folder.resolve("site/index.html"), "<h1>home</h1>");
        Files.writeString(folder.resolve("site/threads/index.html"), "<h1>threads</h1>");
        Files.writeString(folder.resolve("site/404.html"), "<h1>not found</h1>");
        Files.writeString(folder.resolve("secret.txt"), "outside the site");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticFiles(site.getParent()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFolderServesItsIndexPage() throws Exception {
        HttpResponse<String> response = get("/threads/");
        assertEquals(200, response.statusCode());
        assertEquals("<h1>threads</h1>", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void anUnknownPathGetsTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no/such/page.html");
        assertEquals(404, response.statusCode());
        assertEquals("<h1>not found</h1>", response.body());
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        HttpResponse<String> response = get("/%2e%2e/secret.txt");
        assertEquals(404, response.statusCode());
        assertEquals("<h1>not found</h1>", response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
