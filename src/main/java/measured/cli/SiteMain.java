package measured.cli;

import measured.build.BuildOptions;
import measured.build.SiteBuildException;
import measured.build.SiteBuilder;
import measured.serve.DevServer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code bake} builds the site once; {@code serve} builds it, serves it and re-bakes on
 * change. Problems in the sources are printed one per line, without a stack trace, with exit code 1.
 */
public final class SiteMain {

    private static final String USAGE = """
            usage: SiteMain bake|serve --source DIR --output DIR --cache DIR [--fresh true|false] [--port N] [--host URL]
                   [--sandbox true|false] [--maven-repository DIR] [--results DIR,DIR...] [--record DIR]
                   [--problems FILE]   (bake: write the problems to FILE for BakeVerdict instead of failing)""";

    private SiteMain() {
    }

    public static void main(String[] args) {
        Deque<String> words = new ArrayDeque<>(List.of(args));
        Optional<Path> problemsFile = takeProblemsFile(words);
        problemsFile.ifPresent(BakeVerdict::clear);
        try {
            String command = words.isEmpty() ? "" : words.pop();
            BuildOptions options = parseOptions(words);
            switch (command) {
                case "bake" -> {
                    try (SiteBuilder builder = new SiteBuilder(System.out)) {
                        builder.bake(options);
                    }
                }
                case "serve" -> {
                    try (SiteBuilder builder = new SiteBuilder(System.out); DevServer server = new DevServer(options, builder)) {
                        server.run();
                    }
                }
                default -> throw new SiteBuildException("unknown command '" + command + "'\n" + USAGE);
            }
        } catch (SiteBuildException e) {
            if (problemsFile.isPresent()) {
                // Maven prints its own failure report after a failed plugin; BakeVerdict fails the build after
                // this JVM ends, so that the build's last lines are the problems and what to do.
                BakeVerdict.record(problemsFile.get(), e.problems());
                System.out.println("The site was not published; its " + e.problems().size() + " problem(s) follow at the end.");
                System.exit(0);
            }
            e.problems().forEach(System.err::println);
            System.err.println(BakeVerdict.WHAT_TO_DO);
            System.exit(1);
        }
        // Samples' helper threads (output readers, timers) must not keep the build alive.
        System.exit(0);
    }

    /** Removes {@code --problems FILE} from the words, wherever it stands. */
    private static Optional<Path> takeProblemsFile(Deque<String> words) {
        List<String> all = new ArrayList<>(words);
        int at = all.indexOf("--problems");
        if (at < 0 || at + 1 >= all.size()) {
            return Optional.empty();
        }
        Path file = Path.of(all.get(at + 1));
        all.subList(at, at + 2).clear();
        words.clear();
        words.addAll(all);
        return Optional.of(file);
    }

    private static BuildOptions parseOptions(Deque<String> words) {
        Path source = Path.of(".");
        Path output = Path.of("target/site");
        Path cache = Path.of(".cache/samples");
        boolean fresh = false;
        int port = 8820;
        String host = "";
        boolean sandbox = true;
        Path mavenRepository = BuildOptions.DEFAULT_MAVEN_REPOSITORY;
        List<Path> results = List.of();
        Optional<Path> record = Optional.empty();
        while (!words.isEmpty()) {
            String flag = words.pop();
            int equals = flag.indexOf('=');
            if (equals > 0) {
                // --host= with an empty value: Maven drops empty arguments, so the value travels in the flag.
                words.push(flag.substring(equals + 1));
                flag = flag.substring(0, equals);
            } else if (words.isEmpty()) {
                throw new SiteBuildException("option " + flag + " needs a value\n" + USAGE);
            }
            String value = words.pop();
            switch (flag) {
                case "--source" -> source = folder(flag, value);
                case "--output" -> output = folder(flag, value);
                case "--cache" -> cache = folder(flag, value);
                case "--fresh" -> fresh = Boolean.parseBoolean(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--host" -> host = value;
                case "--sandbox" -> sandbox = Boolean.parseBoolean(value);
                case "--maven-repository" -> mavenRepository = folder(flag, value);
                // Empty (the pom's default) means none; Maven drops empty arguments, so they come as --results=.
                case "--results" -> results = java.util.Arrays.stream(value.split(",")).map(String::strip)
                        .filter(v -> !v.isEmpty()).map(Path::of).toList();
                case "--record" -> record = value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
                default -> throw new SiteBuildException("unknown option " + flag + "\n" + USAGE);
            }
        }
        return new BuildOptions(source, output, cache, fresh, port, host, sandbox, mavenRepository, results, record);
    }

    /** An empty folder argument would silently mean the current directory; say so instead. */
    private static Path folder(String flag, String value) {
        if (value.isBlank()) {
            throw new SiteBuildException("option " + flag + " needs a folder, not an empty value\n" + USAGE);
        }
        return Path.of(value);
    }
}
