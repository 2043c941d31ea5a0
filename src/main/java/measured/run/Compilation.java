package measured.run;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A compiled sample: the folder with its classes and its main class, whether it needs
 * {@code --enable-preview}, or the compiler's errors.
 */
public record Compilation(Path classes, String mainClass, boolean preview, Optional<String> errors) {

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
