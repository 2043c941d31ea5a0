package measured.run.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The system's {@code kill} command: signals a process or, given a negative id, a process group. */
final class KillCommand {

    private static final Optional<Path> KILL = ExecutableLookup.find("kill");

    private KillCommand() {
    }

    static boolean available() {
        return KILL.isPresent();
    }

    static boolean send(int signal, String target) {
        if (KILL.isEmpty()) {
            return false;
        }
        // "--" so that a negative group id is not read as an option.
        List<String> command = List.of(KILL.get().toString(), "-s", Integer.toString(signal), "--", target);
        try {
            Process kill = new ProcessBuilder(command)
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD)
                    .start();
            kill.getOutputStream().close();
            if (!kill.waitFor(5, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                return false;
            }
            return kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
