package measured.browser;

import measured.publish.NetlifyConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The response headers the host sends for a path, read from the project's netlify.toml, so the browser
 * tests see the same Content-Security-Policy (and the rest) as a reader of the published site.
 */
public final class SecurityHeaders {

    private final NetlifyConfig config;

    private SecurityHeaders(NetlifyConfig config) {
        this.config = config;
    }

    /** The headers of the project's netlify.toml; none when the project has no netlify.toml. */
    public static SecurityHeaders ofProject() {
        Path project = NetlifyConfig.projectDir();
        if (!Files.isRegularFile(project.resolve("netlify.toml"))) {
            return new SecurityHeaders(null);
        }
        try {
            return new SecurityHeaders(NetlifyConfig.read(project));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No headers at all (for fixture sites that test something else). */
    public static SecurityHeaders none() {
        return new SecurityHeaders(null);
    }

    public Map<String, String> forPath(String path) {
        return config == null ? Map.of() : config.headersFor(path);
    }
}
