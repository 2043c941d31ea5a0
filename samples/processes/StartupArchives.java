// How long a small JVM takes to start and do one job with four kinds of class data: none
// (-Xshare:off), the JDK's default CDS archive, an application CDS archive, and a JDK 25 AOT
// cache; and where its classes came from each time, as -Xlog:class+load reports it. The job
// parses an XML document and runs an XPath query, which loads over a thousand classes. The
// child JVMs run this same program, from a jar written to the working directory.
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

static final int ROUNDS = 4;
static final String XML = "<orders><order total='12.50'/><order total='7.25'/></orders>";

// The child's job.
static void job() throws Exception {
    var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new InputSource(new StringReader(XML)));
    var total = XPathFactory.newInstance().newXPath()
            .evaluate("sum(/orders/order/@total)", document, XPathConstants.NUMBER);
    System.out.println("total: " + total);
}

// Starts a child JVM of this JDK with 'options', waits for it to exit; returns its output.
// (No records or nested classes: the child's jar holds this one class file.)
String start(List<String> options) throws Exception {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", "child.jar", getClass().getName(), "child"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes());
    if (child.waitFor() != 0) throw new IllegalStateException(command + " failed:\n" + output);
    return output;
}

static double millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e6;
}

// Where each loaded class came from, from the lines of -Xlog:class+load.
static final List<String> KINDS = List.of("parsed from jrt:/", "parsed from child.jar",
        "generated at run time", "mapped, static archive", "mapped, dynamic archive");

static Map<String, Integer> sources(String log) {
    var counts = new HashMap<String, Integer>();
    for (String line : log.lines().toList()) {
        int at = line.indexOf(" source: ");
        if (!line.contains("[class,load]") || at < 0) continue;
        String source = line.substring(at + " source: ".length());
        String kind = source.startsWith("jrt:/") ? KINDS.get(0)
                : source.startsWith("file:") ? KINDS.get(1)
                : source.startsWith("shared objects file (top)") ? KINDS.get(4)
                : source.startsWith("shared objects file") ? KINDS.get(3)
                : KINDS.get(2);                // lambdas and other hidden classes
        counts.merge(kind, 1, Integer::sum);
    }
    return counts;
}

void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("child")) {
        job();
        return;
    }
    // The child runs from a jar: CDS archives only the JDK's classes and classes from jars.
    String name = getClass().getName();
    try (var jar = new JarOutputStream(Files.newOutputStream(Path.of("child.jar")));
         var self = getClass().getResourceAsStream(name + ".class")) {
        jar.putNextEntry(new JarEntry(name + ".class"));
        self.transferTo(jar);
    }

    // Create each archive once, from one training run of the job.
    long t = System.nanoTime();
    start(List.of("-XX:ArchiveClassesAtExit=app.jsa"));                  // AppCDS, JEP 350
    double appCdsMs = millisSince(t);
    t = System.nanoTime();
    String created = start(List.of("-XX:AOTCacheOutput=app.aot"));       // AOT cache, JEP 514
    double aotMs = millisSince(t);
    created.lines().filter(l -> l.contains("AOTCache creation is complete"))
            .forEach(l -> IO.println(l.replaceAll("\\d+ bytes", "N bytes")));

    // -Xshare:on and -XX:AOTMode=on make the child fail rather than run without the archive.
    var variants = new LinkedHashMap<String, List<String>>();
    variants.put("-Xshare:off", List.of("-Xshare:off"));
    variants.put("default CDS", List.of());
    variants.put("AppCDS", List.of("-Xshare:on", "-XX:SharedArchiveFile=app.jsa"));
    variants.put("AOT cache", List.of("-XX:AOTMode=on", "-XX:AOTCache=app.aot"));

    // A first round, not timed, logs where the classes come from.
    var counts = new LinkedHashMap<String, Map<String, Integer>>();
    String expected = null;
    for (var v : variants.entrySet()) {
        var options = new ArrayList<>(v.getValue());
        options.add("-Xlog:class+load");
        String log = start(options);
        counts.put(v.getKey(), sources(log));
        String answer = log.lines().filter(l -> l.startsWith("total: ")).findFirst()
                .orElseThrow();
        if (expected == null) expected = answer;
        if (!expected.equals(answer)) throw new IllegalStateException(answer);
    }
    // Then the timed rounds, interleaved, so that a change in the machine's load hits all alike.
    var times = new LinkedHashMap<String, List<Double>>();
    for (int round = 0; round < ROUNDS; round++) {
        for (var v : variants.entrySet()) {
            t = System.nanoTime();
            String output = start(v.getValue());
            double millis = millisSince(t);
            if (!output.strip().equals(expected)) throw new IllegalStateException(output);
            times.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(millis);
        }
    }

    IO.println("child's answer: " + expected);
    IO.println("creating the AppCDS archive took: %.0f ms".formatted(appCdsMs));
    IO.println("creating the AOT cache took: %.0f ms".formatted(aotMs));
    IO.println("AppCDS archive: %.1f MB".formatted(Files.size(Path.of("app.jsa")) / 1e6));
    IO.println("AOT cache: %.1f MB".formatted(Files.size(Path.of("app.aot")) / 1e6));
    IO.println();
    IO.println("| class data | classes | " + String.join(" | ", KINDS) + " |");
    IO.println("|---|---|---|---|---|---|---|");
    counts.forEach((variant, c) -> {
        var row = new StringBuilder("| " + variant + " | "
                + c.values().stream().mapToInt(Integer::intValue).sum());
        for (String kind : KINDS) row.append(" | ").append(c.getOrDefault(kind, 0));
        IO.println(row.append(" |"));
    });
    IO.println();
    counts.forEach((variant, c) -> IO.println("parsed at run time, %s: %d".formatted(
            variant.replace("-Xshare:off", "CDS off"),
            c.getOrDefault(KINDS.get(0), 0) + c.getOrDefault(KINDS.get(1), 0))));
    IO.println();
    var median = new LinkedHashMap<String, Double>();
    IO.println("| class data | start and job, median (ms) | min (ms) | max (ms) |");
    IO.println("|---|---|---|---|");
    times.forEach((variant, list) -> {
        Collections.sort(list);
        int n = list.size();       // the median: the middle value, or the mean of the middle two
        median.put(variant, (list.get((n - 1) / 2) + list.get(n / 2)) / 2);
        IO.println("| %s | %.0f | %.0f | %.0f |".formatted(variant, median.get(variant),
                list.getFirst(), list.getLast()));
    });
    IO.println();
    double cds = median.get("default CDS");
    IO.println("CDS off / default CDS: %.2f x".formatted(median.get("-Xshare:off") / cds));
    IO.println("default CDS / AppCDS: %.2f x".formatted(cds / median.get("AppCDS")));
    IO.println("default CDS / AOT cache: %.2f x".formatted(cds / median.get("AOT cache")));
    IO.println("AppCDS / AOT cache: %.2f x".formatted(
            median.get("AppCDS") / median.get("AOT cache")));
    for (String file : List.of("child.jar", "app.jsa", "app.aot")) Files.delete(Path.of(file));
}
