package measured.site;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives templates {@code navigation}: chapters and pages in order, and the current page's chapter,
 * previous and next page (see {@link SiteNavigation}). Registered in
 * META-INF/org.jbake.template.ModelExtractors.properties. JBake's Freemarker adapter wraps every extracted
 * value as a sequence, so the model comes as a list of one element: {@code navigation?first}.
 */
public final class NavigationExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        List<SiteNavigation.Entry> entries = new ArrayList<>();
        for (String type : List.of("page", "chapter")) {
            for (DocumentModel document : db.getPublishedContent(type)) {
                entries.add(new SiteNavigation.Entry(
                        document.getUri(),
                        document.getTitle(),
                        String.valueOf(document.getOrDefault("description", "")),
                        type,
                        order(document)));
            }
        }
        return List.of(new SiteNavigation(entries).toModel(currentUri(model)));
    }

    private static int order(DocumentModel document) {
        Object order = document.get("order");
        try {
            return order == null ? Integer.MAX_VALUE : Integer.parseInt(order.toString().trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String currentUri(Map<?, ?> model) {
        Object content = model.get("content");
        if (content instanceof Map<?, ?> document && document.get("uri") != null) {
            return document.get("uri").toString();
        }
        return "";
    }
}
