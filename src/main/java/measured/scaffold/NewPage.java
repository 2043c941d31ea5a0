package measured.scaffold;

import java.nio.file.Path;

/**
 * Starts a new page and its sample from the templates:
 * {@code ./mvnw -q compile exec:java@new-page -Dpage=threads/thread-names [-Dtitle="Thread names"] [-Dsample=ThreadNames]}.
 * The values come as system properties because Maven passes its -D options on as such.
 */
public final class NewPage {

    private NewPage() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        try {
            var created = new PageScaffold(root).create(System.getProperty("page"), System.getProperty("title"),
                    System.getProperty("sample"));
            System.out.println("Created " + created.page() + " (:jbake-order: " + created.order()
                    + ": the chapter's last page; change it to move the page)");
            System.out.println("Created " + created.sample());
            System.out.println("Next: ./mvnw package -Pserve, open http://localhost:8820" + created.url()
                    + ", and replace the template's text with yours.");
        } catch (ScaffoldException e) {
            System.err.println("new-page: " + e.getMessage());
            System.exit(1);
        }
    }
}
