package measured.site;

import measured.asciidoc.BakeSession;
import measured.asciidoc.PageOutputs;
import measured.render.StampHtml;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives templates {@code sample_catalog}: every sample and JShell session the pages of this build show,
 * slowest first, with its page, wall time, when it was measured and whether it came from the cache.
 * Pages are converted before templates run, so the list is complete when a template asks for it.
 */
public final class CatalogExtractor implements ModelExtractor<List<Map<String, Object>>> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        return BakeSession.currentOutputs().all().stream()
                .sorted(Comparator.comparing(PageOutputs.Shown::wallTime).reversed())
                .map(shown -> entry(db, shown))
                .toList();
    }

    private static Map<String, Object> entry(ContentStore db, PageOutputs.Shown shown) {
        String uri = pageUri(shown.page());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("uri", uri);
        entry.put("page", pageTitle(db, uri));
        entry.put("what", shown.jshell() ? shown.what() : "samples/" + shown.what());
        entry.put("kind", shown.jshell() ? "JShell" : shown.measurement() ? "measurement" : "sample");
        entry.put("seconds", String.format(Locale.ROOT, "%.2f", shown.wallTime().toNanos() / 1e9));
        entry.put("measuredAt", DAY.format(shown.origin().measuredAt()));
        entry.put("measuredAtIso", StampHtml.datetime(shown.origin().measuredAt()));
        entry.put("fromCache", shown.origin().fromCache());
        return entry;
    }

    /** content/threads/pools.adoc is published as threads/pools.html. */
    static String pageUri(String pagePath) {
        String path = pagePath.startsWith("content/") ? pagePath.substring("content/".length()) : pagePath;
        return path.substring(0, path.lastIndexOf('.')) + ".html";
    }

    private static String pageTitle(ContentStore db, String uri) {
        for (DocumentModel document : db.getDocumentByUri(uri)) {
            return document.getTitle();
        }
        return uri;
    }
}
