package measured.browser;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** sitemap.xml lists every page but the 404 page, and nothing else. */
class SitemapIT {

    @Test
    void sitemapListsEveryPage() {
        SiteFolder site = SiteFolder.baked();
        Set<String> listed = Jsoup.parse(site.read("sitemap.xml"), "", Parser.xmlParser()).select("url > loc").stream()
                .map(loc -> URI.create(loc.text().trim()).getPath())
                .map(path -> path.endsWith("/") ? path + "index.html" : path)
                .map(path -> path.substring(1))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages = site.pages().stream().filter(p -> !p.equals("404.html"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(List.copyOf(pages), List.copyOf(listed), "pages on disk vs pages in sitemap.xml");
    }
}
