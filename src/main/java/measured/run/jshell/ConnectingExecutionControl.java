package measured.run.jshell;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.spi.ExecutionControl;

/**
 * The execution engine of a session whose JVM may still be starting: every call waits for the connection.
 * JShell asks for its engine before it compiles anything, so handing it this one at once lets JShell's compiler
 * warm up (the startup snippet) while the JVM boots, instead of one after the other.
 */
final class ConnectingExecutionControl implements ExecutionControl {

    private final CompletableFuture<ExecutionControl> connection;

    ConnectingExecutionControl(CompletableFuture<ExecutionControl> connection) {
        this.connection = connection;
    }

    private ExecutionControl connected() throws EngineTerminationException {
        try {
            return connection.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EngineTerminationException("the JShell JVM did not connect: " + cause.getMessage());
        }
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        connected().load(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        connected().redefine(classes);
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        return connected().invoke(className, methodName);
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        return connected().varValue(className, varName);
    }

    @Override
    public void addToClasspath(String path) throws EngineTerminationException, InternalException {
        connected().addToClasspath(path);
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        connected().stop();
    }

    @Override
    public Object extensionCommand(String command, Object argument)
            throws RunException, EngineTerminationException, InternalException {
        return connected().extensionCommand(command, argument);
    }

    @Override
    public void close() {
        // Never wait here for a JVM that may not come: an unfinished connection is abandoned (its JVM is killed
        // by the session's close).
        if (!connection.cancel(true) && !connection.isCompletedExceptionally()) {
            connection.join().close();
        }
    }
}
