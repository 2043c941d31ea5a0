package measured.run.jshell;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The main class of a session's JVM: connects back to the build over loopback and runs JShell's snippets on its
 * own {@code main} thread. Depends on the JDK only, since it runs with nothing but our classes on its class path.
 */
public final class RemoteAgent {

    private RemoteAgent() {
    }

    public static void main(String[] args) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        // Small requests and answers go back and forth: Nagle's algorithm meeting delayed ACKs costs ~40 ms each.
        socket.setTcpNoDelay(true);
        Map<String, Consumer<OutputStream>> outputs = Map.of(
                "out", stream -> System.setOut(new PrintStream(stream, true, StandardCharsets.UTF_8)),
                "err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        // Served on this thread, so snippets run on "main" like a program's code (JShell's own agent does too).
        Util.forwardExecutionControlAndIO(new RemoteExecutionControl(), socket.getInputStream(),
                socket.getOutputStream(), outputs, Map.of());
        // The session was closed: end even if the page's code left non-daemon threads running.
        System.exit(0);
    }
}
