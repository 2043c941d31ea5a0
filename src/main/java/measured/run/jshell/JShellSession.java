package measured.run.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import measured.run.jshell.BlockResult.Status;
import measured.run.process.CappedText;
import measured.run.process.GroupedProcess;
import measured.run.process.RunningJdk;

/**
 * One page's JShell session, isolated in a JVM of its own: blocks run in order and share declarations; what
 * a block does (System.exit, a hang, a crash) can end the session but never touches the build JVM.
 */
public final class JShellSession implements AutoCloseable {

    /** What every session runs first: the jshell tool's default startup in JDK 25. */
    private static final List<String> STARTUP = List.of("import module java.base;");

    private final JShell shell;
    private final SocketEngine engine;
    private final BlockOutput output;
    private final SnippetPlaces places = new SnippetPlaces();
    private final Watchdog watchdog;
    private final int outputLimit;
    private int blocks;
    private String endedBecause;
    /** Set by JShell when its engine is gone (the JVM exited or was killed); JShell is closed from then on. */
    private volatile boolean ended;

    private JShellSession(JShell shell, SocketEngine engine, BlockOutput output, int outputLimit) {
        this.shell = shell;
        this.engine = engine;
        this.output = output;
        this.outputLimit = outputLimit;
        this.watchdog = new Watchdog(engine.process());
        shell.onShutdown(closed -> ended = true);
    }

    /** Starts a fresh JVM serving JShell's remote execution over a loopback socket. */
    public static JShellSession start(JShellOptions options) throws IOException {
        BlockOutput output = new BlockOutput(options.outputLimitChars());
        SnippetEngineStreams streams = new SnippetEngineStreams(output);
        SocketEngine engine = new SocketEngine(options, output);
        SnippetIds ids = new SnippetIds();
        JShell shell = build(options, engine, streams, ids);
        try {
            ids.attach(shell);
            for (String snippet : STARTUP) {
                List<SnippetEvent> events = shell.eval(snippet);
                if (events.isEmpty() || !events.getFirst().status().isActive()) {
                    throw new IOException("the startup snippet " + snippet + " was rejected");
                }
            }
            engine.awaitConnection();
        } catch (IOException | RuntimeException e) {
            shell.close();
            engine.process().close();
            throw new IOException("could not start the JShell session: " + e.getMessage()
                    + "\n" + output.current().text(), e);
        }
        ids.startupDone();
        return new JShellSession(shell, engine, output, options.outputLimitChars());
    }

    private static JShell build(JShellOptions options, SocketEngine engine, SnippetEngineStreams streams,
            SnippetIds ids) throws IOException {
        List<String> compilerOptions = options.preview()
                ? List.of("--enable-preview", "--source", Integer.toString(RunningJdk.feature()))
                : List.of();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // In a plugin's class loader (Maven), JShell must find the compiler through its own loader.
        thread.setContextClassLoader(JShell.class.getClassLoader());
        try {
            return JShell.builder()
                    .in(InputStream.nullInputStream())
                    .out(streams.out())
                    .err(streams.err())
                    .executionEngine(engine, Map.of())
                    .remoteVMOptions(options.jvmOptions().toArray(String[]::new))
                    .compilerOptions(compilerOptions.toArray(String[]::new))
                    .idGenerator(ids::idFor)
                    .tempVariableNameGenerator(ids::nextTemporaryName)
                    .build();
        } catch (IllegalStateException e) {
            GroupedProcess process = engine.process();
            if (process != null) {
                process.close();
            }
            throw new IOException("could not start the JShell session: " + e.getMessage()
                    + "\n" + streams.output().current().text(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The process id of the session's JVM. */
    public long pid() {
        return engine.process().pid();
    }

    /**
     * Evaluates every snippet of one block in order; the block's output is what its snippets printed plus JShell's
     * own feedback for expressions (like the jshell tool: "$1 ==> 42"), and diagnostics. The first snippet that
     * fails to compile or throws ends the block, as in the jshell tool.
     */
    public BlockResult run(String blockSource, Duration timeout) {
        long started = System.nanoTime();
        int block = ++blocks;
        if (endedBecause != null) {
            return new BlockResult("", 0, Status.SESSION_ENDED, 0, endedBecause, null, Duration.ZERO);
        }
        CappedText text = output.startBlock(outputLimit);
        Watchdog.Armed armed = watchdog.arm(timeout, text);
        Status status = Status.OK;
        int errorLine = 0;
        String errorMessage = null;
        String errorText = "";
        int line = 0;
        for (BlockSplitter.Piece piece : BlockSplitter.split(blockSource, shell.sourceCodeAnalysis())) {
            if (armed.fired()) {
                break; // the timeout struck while JShell was compiling: run nothing more
            }
            line = piece.line();
            List<SnippetEvent> events = evaluate(piece.source());
            if (armed.fired() || ended) {
                status = armed.fired() ? Status.TIMED_OUT : Status.SESSION_ENDED;
                errorLine = piece.line();
                break;
            }
            Outcome outcome = outcome(events, piece, block, text);
            if (outcome != null) {
                status = outcome.status();
                errorLine = outcome.line();
                errorMessage = outcome.message();
                errorText = outcome.text();
                break;
            }
        }
        boolean timedOut = armed.disarm();
        String threadDump = null;
        if (timedOut) {
            status = Status.TIMED_OUT;
            errorLine = errorLine == 0 ? line : errorLine; // the timeout may strike between two snippets
            threadDump = armed.threadDump();
            errorMessage = "the block ran longer than its timeout of " + seconds(timeout) + " and was stopped";
            endedBecause = "the session was stopped when block " + block + " timed out";
        } else if (status == Status.SESSION_ENDED) {
            errorMessage = "the session's JVM ended" + exitCode() + " (System.exit, Runtime.halt or a crash)";
            endedBecause = "the session ended in block " + block + ": " + errorMessage;
        }
        return new BlockResult(text.text() + errorText, text.droppedChars(), status, errorLine, errorMessage, threadDump,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private List<SnippetEvent> evaluate(String source) {
        try {
            return shell.eval(source);
        } catch (IllegalStateException closed) {
            return List.of();
        }
    }

    /** What ends the block, or null when the snippet ran; expression feedback goes to the block's text. */
    private Outcome outcome(List<SnippetEvent> events, BlockSplitter.Piece piece, int block, CappedText text) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet updated as a consequence
            }
            Snippet snippet = event.snippet();
            places.record(snippet, block, piece.line());
            if (event.status() == Snippet.Status.REJECTED) {
                DiagnosticText.Rendered error = DiagnosticText.of(snippet, shell.diagnostics(snippet).toList(),
                        piece.line());
                return new Outcome(Status.COMPILE_ERROR, error.line(), error.message(), error.text());
            }
            if (event.exception() != null) {
                ExceptionText.Rendered error = ExceptionText.of(event.exception(), shell, places, block, piece.line());
                return new Outcome(Status.EXCEPTION, error.line(), error.message(), error.text());
            }
            Feedback.of(snippet, event.value()).ifPresent(line -> text.write(line + "\n"));
        }
        return null;
    }

    private String exitCode() {
        Process process = engine.process().process();
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return " with exit code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    /** Kills the session's JVM and its process group; deletes nothing (the working directory is the caller's). */
    @Override
    public void close() {
        try {
            shell.close();
        } finally {
            watchdog.close();
            engine.process().close();
        }
    }

    private record Outcome(Status status, int line, String message, String text) {
    }

    /** The two streams JShell hands user output to, decoding into the session's block output. */
    private record SnippetEngineStreams(BlockOutput output, PrintStream out, PrintStream err) {
        SnippetEngineStreams(BlockOutput output) {
            this(output, stream(output), stream(output));
        }

        private static PrintStream stream(BlockOutput output) {
            return new PrintStream(new DecodingOutputStream(output), true, StandardCharsets.UTF_8);
        }
    }
}
