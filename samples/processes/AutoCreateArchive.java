// One option for a worker JVM's command line: -XX:+AutoCreateSharedArchive (JDK 19) with
// -XX:SharedArchiveFile. The first start finds no archive and writes one when it exits; every
// later start maps it. -Xlog:cds says which happened, -Xlog:class+load what it saved.
// The child JVMs run this same program, from a jar written to the working directory.
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

static final String XML = "<orders><order total='12.50'/><order total='7.25'/></orders>";

// The child's job, the same as in StartupArchives.java.
static void job() throws Exception {
    var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new InputSource(new StringReader(XML)));
    var total = XPathFactory.newInstance().newXPath()
            .evaluate("sum(/orders/order/@total)", document, XPathConstants.NUMBER);
    System.out.println("total: " + total);
}

// Starts a worker JVM with the same options every time; returns its output.
String startWorker() throws Exception {
    var command = new ArrayList<String>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=worker.jsa",
            "-Xlog:cds", "-Xlog:class+load",
            "-cp", "worker.jar", getClass().getName(), "child"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes());
    if (child.waitFor() != 0) throw new IllegalStateException("worker failed:\n" + output);
    return output;
}

static long parsedAtRunTime(String log) {
    return log.lines().filter(l -> l.contains("[class,load]"))
            .filter(l -> l.contains(" source: jrt:/") || l.contains(" source: file:")).count();
}

void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("child")) {
        job();
        return;
    }
    String name = getClass().getName();
    try (var jar = new JarOutputStream(Files.newOutputStream(Path.of("worker.jar")));
         var self = getClass().getResourceAsStream(name + ".class")) {
        jar.putNextEntry(new JarEntry(name + ".class"));
        self.transferTo(jar);
    }
    for (int start = 1; start <= 2; start++) {
        String log = startWorker();
        IO.println("start " + start + ":");
        log.lines()
                .filter(l -> l.contains("worker.jsa") || l.startsWith("total: "))
                .map(l -> l.replaceFirst("^\\[[^]]*\\]", "").replaceAll("\\s+]", "]").strip())
                .forEach(l -> IO.println("    " + l));
        IO.println("parsed at run time, start %d: %d".formatted(start, parsedAtRunTime(log)));
    }
    IO.println("archive: %.1f MB".formatted(Files.size(Path.of("worker.jsa")) / 1e6));
    Files.delete(Path.of("worker.jar"));
    Files.delete(Path.of("worker.jsa"));
}
