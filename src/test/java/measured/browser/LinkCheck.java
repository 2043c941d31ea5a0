package measured.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every link, image, script, stylesheet and icon of the loaded page resolves: same-site URLs answer
 * 200 and a {@code #fragment} names an element of its target page; nothing is loaded from another site
 * (links to other sites are fine, they are not followed). Targets are fetched once per suite.
 */
public final class LinkCheck {

    /** Collects (kind, absolute URL) of everything the page points at; the browser resolves relative URLs. */
    private static final String COLLECT = """
            const found = [];
            const add = (kind, url) => { if (url) found.push([kind, String(url)]); };
            document.querySelectorAll('a[href], area[href]').forEach(e => add('link', e.href));
            document.querySelectorAll('img[src], source[src], video[src], audio[src], iframe[src], embed[src]')
                .forEach(e => add(e.tagName.toLowerCase(), e.src));
            document.querySelectorAll('img[srcset], source[srcset]').forEach(e => e.srcset.split(',')
                .forEach(s => add('srcset', new URL(s.trim().split(/\\s+/)[0], document.baseURI).href)));
            document.querySelectorAll('script[src]').forEach(e => add('script', e.src));
            document.querySelectorAll('link[href]').forEach(e => add('link rel=' + e.rel, e.href));
            document.querySelectorAll('use[href]').forEach(e => add('svg use', new URL(e.getAttribute('href'), document.baseURI).href));
            return found;
            """;

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<URI, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<URI, Set<String>> ids = new ConcurrentHashMap<>();

    public LinkCheck(URI base) {
        this.base = base;
    }

    @SuppressWarnings("unchecked")
    public List<String> problems(ChromiumBrowser browser) {
        List<List<String>> found = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(COLLECT);
        List<String> problems = new ArrayList<>();
        for (List<String> pair : found) {
            String kind = pair.get(0);
            URI url = URI.create(pair.get(1).replace(" ", "%20"));
            String scheme = url.getScheme() == null ? "" : url.getScheme();
            if (!scheme.equals("http") && !scheme.equals("https")) {
                continue; // mailto:, tel:, javascript: and the like are not fetched
            }
            boolean sameSite = base.getHost().equals(url.getHost()) && base.getPort() == url.getPort();
            if (!sameSite) {
                if (!kind.equals("link") && !kind.equals("link rel=canonical")) {
                    problems.add(kind + " loads from another site: " + url);
                }
                continue;
            }
            URI target = withoutFragment(url);
            int status = statuses.computeIfAbsent(target, this::status);
            if (status != 200) {
                problems.add(kind + " " + relative(url) + " → HTTP " + status);
            } else if (url.getRawFragment() != null && !url.getRawFragment().isEmpty()
                    && !ids.computeIfAbsent(target, this::ids).contains(decode(url.getRawFragment()))) {
                problems.add(kind + " " + relative(url) + " → no element with id \"" + decode(url.getRawFragment())
                        + "\" on " + relative(target));
            }
        }
        return problems.stream().distinct().toList();
    }

    private String relative(URI url) {
        return "/" + base.relativize(url);
    }

    private int status(URI url) {
        try {
            return http.send(HttpRequest.newBuilder(url).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Set<String> ids(URI page) {
        try {
            String html = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
            Document document = Jsoup.parse(html, page.toString());
            Set<String> found = ConcurrentHashMap.newKeySet();
            document.select("[id]").forEach(e -> found.add(e.id()));
            document.select("a[name]").forEach(e -> found.add(e.attr("name")));
            found.add("top"); // the browser scrolls to the top for #top
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI withoutFragment(URI url) {
        String text = url.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? url : URI.create(text.substring(0, hash));
    }

    private static String decode(String fragment) {
        return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
