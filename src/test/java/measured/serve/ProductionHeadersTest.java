package measured.serve;

import measured.publish.NetlifyConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serve mode sends the headers netlify.toml gives the published site, read from the file itself. */
class ProductionHeadersTest {

    @Test
    void theHeadersOfEveryPathAreNetlifysOwn() throws Exception {
        ProductionHeaders served = ProductionHeaders.of(NetlifyConfig.projectDir());
        NetlifyConfig netlify = NetlifyConfig.read(NetlifyConfig.projectDir());
        for (String path : new String[] {"/index.html", "/threads/cpu-bound.html", "/css/site.css", "/pagefind/index/x.pf_index"}) {
            assertEquals(netlify.headersFor(path), served.forPath(path), path);
        }
        Map<String, String> page = served.forPath("/index.html");
        assertTrue(page.get("Content-Security-Policy").startsWith("default-src 'self'"), page.toString());
        assertEquals("public, max-age=300, must-revalidate", served.forPath("/css/site.css").get("Cache-Control"));
    }
}
