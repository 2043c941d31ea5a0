package measured.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's table of contents: chapters (folders under content/ with an index page of type
 * {@code chapter}) and their pages, each sorted by {@code :jbake-order:}; and, for one page, its chapter,
 * previous and next page. Templates receive it as plain maps and lists.
 */
public final class SiteNavigation {

    /** One published document as navigation sees it. */
    public record Entry(String uri, String title, String description, String type, int order) {

        String chapterFolder() {
            int slash = uri.indexOf('/');
            return slash < 0 ? "" : uri.substring(0, slash);
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("uri", uri);
            map.put("title", title);
            map.put("description", description);
            return map;
        }
    }

    private record Chapter(Entry index, List<Entry> pages) {
    }

    private static final Comparator<Entry> BY_ORDER =
            Comparator.comparingInt(Entry::order).thenComparing(Entry::uri);

    private final List<Chapter> chapters;

    public SiteNavigation(List<Entry> documents) {
        List<Chapter> found = new ArrayList<>();
        documents.stream().filter(e -> e.type().equals("chapter")).sorted(BY_ORDER).forEach(index -> {
            List<Entry> pages = documents.stream()
                    .filter(e -> e.type().equals("page") && e.chapterFolder().equals(index.chapterFolder()))
                    .sorted(BY_ORDER)
                    .toList();
            found.add(new Chapter(index, pages));
        });
        this.chapters = List.copyOf(found);
    }

    /** The model of the whole site plus the place of the document at {@code currentUri} in it. */
    public Map<String, Object> toModel(String currentUri) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Map<String, Object>> chapterMaps = new ArrayList<>();
        for (Chapter chapter : chapters) {
            Map<String, Object> map = chapter.index().toMap();
            boolean current = chapter.index().uri().equals(currentUri)
                    || chapter.pages().stream().anyMatch(p -> p.uri().equals(currentUri));
            map.put("current", current);
            map.put("pages", chapter.pages().stream().map(Entry::toMap).toList());
            chapterMaps.add(map);
            if (current) {
                model.put("chapter", map);
                placeInChapter(chapter, currentUri, model);
            }
        }
        model.put("chapters", chapterMaps);
        return model;
    }

    private static void placeInChapter(Chapter chapter, String currentUri, Map<String, Object> model) {
        List<Entry> sequence = new ArrayList<>();
        sequence.add(chapter.index());
        sequence.addAll(chapter.pages());
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i).uri().equals(currentUri)) {
                if (i > 0) {
                    model.put("previous", sequence.get(i - 1).toMap());
                }
                if (i + 1 < sequence.size()) {
                    model.put("next", sequence.get(i + 1).toMap());
                }
            }
        }
    }
}
