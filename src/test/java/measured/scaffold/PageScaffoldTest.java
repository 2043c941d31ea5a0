package measured.scaffold;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting a page from the template, in a small project of its own. */
class PageScaffoldTest {

    @TempDir
    Path root;

    @BeforeEach
    void aChapterWithTwoPages() throws IOException {
        Path threads = Files.createDirectories(root.resolve("content/threads"));
        Files.writeString(threads.resolve("index.adoc"), "= Threads\n:jbake-type: chapter\n:jbake-order: 10\n");
        Files.writeString(threads.resolve("pools.adoc"), "= Pools\n:jbake-order: 30\n:description: x\n");
        Files.writeString(threads.resolve("locks.adoc"), "= Locks\n:jbake-order:  120 \n:description: x\n");
        Files.createDirectories(root.resolve("content/async"));
        Files.writeString(root.resolve("content/async/index.adoc"), "= Async\n:jbake-type: chapter\n");
    }

    @Test
    void writesThePageAndItsSampleAfterTheChaptersLastPage() throws IOException {
        var created = new PageScaffold(root).create("threads/thread-names", null, null);

        assertEquals(Path.of("content/threads/thread-names.adoc"), created.page());
        assertEquals(Path.of("samples/threads/ThreadNames.java"), created.sample());
        assertEquals(130, created.order());
        assertEquals("/threads/thread-names.html", created.url());
        String page = Files.readString(root.resolve(created.page()));
        assertTrue(page.startsWith("= Thread names\n:jbake-order: 130\n:description: Thread names: "), page);
        assertTrue(page.contains("\nsample::threads/ThreadNames.java[check=\"^finished: 3 tasks on 3 threads$\"]\n"), page);
        assertTrue(page.contains("\n[source,jshell]\n----\n"), page);
        assertTrue(page.contains("\n== Key points\n"), page);
        assertFalse(page.contains("{{") || page.contains("}}"), page);
        String sample = Files.readString(root.resolve(created.sample()));
        assertTrue(sample.startsWith("// Thread names: "), sample);
        assertFalse(sample.contains("{{"), sample);
    }

    @Test
    void theSampleRunsAndSatisfiesThePagesCheck() throws Exception {
        // What the build will do with the new page: run the sample, match the page's check.
        var created = new PageScaffold(root).create("async/first-steps", "First steps", "FirstSteps");
        String page = Files.readString(root.resolve(created.page()));
        Matcher check = Pattern.compile("check=\"([^\"]+)\"").matcher(page);
        assertTrue(check.find(), page);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), root.resolve(created.sample()).toString())
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), output);
        assertTrue(Pattern.compile(check.group(1), Pattern.MULTILINE).matcher(output).find(), output);
        assertEquals(4, output.lines().count(), output);
    }

    @Test
    void theFirstPageOfAChapterGetsOrder10() {
        assertEquals(10, new PageScaffold(root).create("async/first-steps", null, null).order());
    }

    @Test
    void neverOverwrites() throws IOException {
        Files.createDirectories(root.resolve("samples/threads"));
        Files.writeString(root.resolve("samples/threads/ThreadNames.java"), "mine");
        var e = assertThrows(ScaffoldException.class,
                () -> new PageScaffold(root).create("threads/thread-names", null, null));
        assertTrue(e.getMessage().startsWith("samples/threads/ThreadNames.java already exists"), e.getMessage());
        assertFalse(Files.exists(root.resolve("content/threads/thread-names.adoc")), "nothing was written");
        assertEquals("mine", Files.readString(root.resolve("samples/threads/ThreadNames.java")));

        var page = assertThrows(ScaffoldException.class, () -> new PageScaffold(root).create("threads/pools", null, null));
        assertTrue(page.getMessage().startsWith("content/threads/pools.adoc already exists"), page.getMessage());
    }

    @Test
    void namesTheChaptersWhenTheChapterDoesNotExist() {
        var e = assertThrows(ScaffoldException.class, () -> new PageScaffold(root).create("thread/pools2", null, null));
        assertTrue(e.getMessage().contains("there is no chapter 'thread'"), e.getMessage());
        assertTrue(e.getMessage().contains("chapters: async, threads"), e.getMessage());
    }

    @Test
    void rejectsBadNames() {
        var scaffold = new PageScaffold(root);
        for (String page : new String[] {"threads", "threads/Thread_Names", "threads/a/b", "../x/y", "threads/"}) {
            var e = assertThrows(ScaffoldException.class, () -> scaffold.create(page, null, null), page);
            assertTrue(e.getMessage().contains("is not <chapter>/<slug>"), e.getMessage());
        }
        assertThrows(ScaffoldException.class, () -> scaffold.create(null, null, null));
        assertThrows(ScaffoldException.class, () -> scaffold.create("threads/index", null, null));
        var digit = assertThrows(ScaffoldException.class, () -> scaffold.create("threads/2-phase", null, null));
        assertTrue(digit.getMessage().contains("-Dsample=<ClassName>"), digit.getMessage());
        assertThrows(ScaffoldException.class, () -> scaffold.create("threads/x", null, "class"));
    }

    @Test
    void namesComeFromTheSlug() {
        assertEquals("ThreadNames", PageScaffold.className("thread-names"));
        assertEquals("Cas", PageScaffold.className("cas"));
        assertEquals("Thread names", PageScaffold.titleOf("thread-names"));
    }
}
