package measured.run.jshell;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import measured.run.process.GroupedProcess;
import measured.run.process.MinimalEnvironment;
import measured.run.process.OutputDrain;
import measured.run.process.RunningJdk;

/**
 * JShell's execution engine for one session: a fresh JVM in a process group of its own that runs
 * {@link RemoteAgent} and talks to JShell over a loopback socket with TCP_NODELAY on both ends (JShell's default
 * JDI engine pays ~200 ms per snippet to Nagle's algorithm meeting delayed ACKs).
 */
final class SocketEngine implements ExecutionControlProvider {

    /** How long a fresh JVM may take to connect back on a loaded machine. */
    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(60);

    private final JShellOptions options;
    private final Writer jvmOutput;
    private volatile GroupedProcess process;
    private volatile CompletableFuture<ExecutionControl> connection;

    /** {@code jvmOutput} receives what the JVM itself writes on stdout and stderr, outside the snippets' streams. */
    SocketEngine(JShellOptions options, Writer jvmOutput) {
        this.options = options;
        this.jvmOutput = jvmOutput;
    }

    @Override
    public String name() {
        return "measured-socket";
    }

    /** The session's JVM, once JShell has asked for the engine. */
    GroupedProcess process() {
        return process;
    }

    /** Waits until the JVM has connected; throws if it never will (it died, or took longer than a minute). */
    void awaitConnection() throws IOException {
        try {
            connection.join();
        } catch (CompletionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Launches the JVM and returns at once: the connection is made while JShell gets its compiler ready. */
    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        GroupedProcess launched;
        try {
            launched = GroupedProcess.start(command(env.extraRemoteVMOptions(), server.getLocalPort()),
                    options.workingDirectory(), options.environment(), options.sandbox(), true);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        process = launched;
        OutputDrain drain = OutputDrain.start(launched.output(), jvmOutput, "jshell-jvm-" + launched.pid());
        CompletableFuture<ExecutionControl> connecting = new CompletableFuture<>();
        connection = connecting;
        Thread.ofPlatform().daemon().name("jshell-connect-" + launched.pid()).start(() -> {
            try (server) {
                connecting.complete(connect(server, launched, env.userOut(), env.userErr()));
            } catch (IOException | RuntimeException e) {
                launched.close();
                awaitQuietly(drain); // so that the failure can show what the JVM said
                connecting.completeExceptionally(e);
            }
        });
        return new ConnectingExecutionControl(connecting);
    }

    private static void awaitQuietly(OutputDrain drain) {
        try {
            drain.awaitEnd(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutionControl connect(ServerSocket server, GroupedProcess launched, OutputStream out,
            OutputStream err) throws IOException {
        Socket socket = accept(server, launched);
        socket.setTcpNoDelay(true);
        return Util.remoteInputOutput(socket.getInputStream(), socket.getOutputStream(),
                Map.of("out", out, "err", err), Map.of(),
                (in, commands) -> new StreamingExecutionControl(commands, in) {
                    @Override
                    public void close() {
                        super.close();
                        launched.close();
                        try {
                            socket.close();
                        } catch (IOException e) {
                            // Already gone with the JVM.
                        }
                    }
                });
    }

    private List<String> command(List<String> jvmOptions, int port) {
        List<String> command = new ArrayList<>();
        command.add(RunningJdk.java().toString());
        command.addAll(jvmOptions);
        command.addAll(MinimalEnvironment.javaOptions(options.workingDirectory()));
        command.addAll(List.of("-cp", agentClassPath(), RemoteAgent.class.getName(), Integer.toString(port)));
        return command;
    }

    private static Socket accept(ServerSocket server, GroupedProcess launched) throws IOException {
        long deadline = System.nanoTime() + CONNECT_LIMIT.toNanos();
        // Wake up now and then: a JVM that died on a bad option will never connect.
        server.setSoTimeout(200);
        while (true) {
            try {
                return server.accept();
            } catch (SocketTimeoutException e) {
                if (!launched.process().isAlive()) {
                    throw new IOException("the JShell JVM exited with code " + launched.process().exitValue()
                            + " before connecting");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the JShell JVM did not connect within " + CONNECT_LIMIT.toSeconds() + " s");
                }
            }
        }
    }

    /** Our own classes, where {@link RemoteAgent} is: the build's class path entry that holds it. */
    private static String agentClassPath() {
        CodeSource source = RemoteAgent.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return System.getProperty("java.class.path");
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return System.getProperty("java.class.path", "") + File.pathSeparator;
        }
    }
}
