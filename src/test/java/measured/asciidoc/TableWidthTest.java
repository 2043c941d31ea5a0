package measured.asciidoc;

import measured.build.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AsciiDoc tables bake without inline styles, which the site's Content-Security-Policy would block. */
class TableWidthTest {

    @Test
    void tablesHaveNoInlineColumnWidths(@TempDir Path folder) {
        FixtureSite site = FixtureSite.create(folder).page("t.adoc", """
                = Tables
                :description: A page with a table.

                [cols="1,3"]
                |===
                | Python | Java

                | threading.Thread | java.lang.Thread
                |===
                """);
        assertEquals(List.of(), site.bake());
        String page = site.html("t.html");
        assertTrue(page.contains("<table class=\"tableblock"), page);
        assertFalse(page.contains("style=\""), "no inline style attribute: " + page);
    }
}
