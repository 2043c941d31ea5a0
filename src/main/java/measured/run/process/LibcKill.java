package measured.run.process;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/** libc's {@code kill(pid, sig)} called through the FFM API: a negative pid signals a whole process group. */
final class LibcKill {

    private final MethodHandle kill;

    private LibcKill(MethodHandle kill) {
        this.kill = kill;
    }

    /**
     * Present only where native access is granted (the build runs with --enable-native-access): elsewhere the
     * call would print a warning into the build's output, and the kill command does the job.
     */
    @SuppressWarnings("restricted") // only reached once native access is known to be granted
    static Optional<LibcKill> ifPermitted() {
        String os = System.getProperty("os.name");
        boolean posix = os.equals("Linux") || os.startsWith("Mac");
        if (!posix || !LibcKill.class.getModule().isNativeAccessEnabled()) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("kill")
                    .map(symbol -> linker.downcallHandle(symbol, FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT)))
                    .map(LibcKill::new);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean send(long pid, int signal) {
        try {
            return (int) kill.invokeExact((int) pid, signal) == 0;
        } catch (Throwable e) {
            return false;
        }
    }
}
