package measured.run;

import measured.run.process.Sandbox;
import measured.run.process.TempWorkDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where every run of a bake happens: the sandbox it runs in and the folder its temporary working directories
 * are made in — outside /tmp when the sandbox gives each run a private /tmp, so the working directory, the one
 * writable place a run shares with the build, stays visible to both.
 */
public record RunPlace(Sandbox sandbox, Path workingRoot) {

    /** /var/tmp, the other temporary folder every Linux system has (FHS): outside /tmp, which a sandbox replaces. */
    private static final Path LINUX_WORKING_ROOT = Path.of("/var/tmp/measured-runs");

    /**
     * The sandbox this machine allows, keeping {@code readOnly} read-only for every run; without {@code sandboxed},
     * no sandbox (process groups only), as where namespaces are missing.
     */
    public static RunPlace here(boolean sandboxed, List<Path> readOnly) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (!sandboxed) {
            return new RunPlace(Sandbox.none("turned off with -Dsite.sandbox=false"), tmp);
        }
        Path root = Files.isDirectory(LINUX_WORKING_ROOT.getParent()) && Files.isWritable(LINUX_WORKING_ROOT.getParent())
                ? LINUX_WORKING_ROOT : tmp;
        try {
            // The sandbox keeps visible only what exists when it is made: the cache folder, say, on a first bake.
            for (Path folder : readOnly) {
                Files.createDirectories(folder);
            }
            Files.createDirectories(root);
        } catch (IOException e) {
            return new RunPlace(Sandbox.none("could not make " + e.getMessage()), tmp);
        }
        return new RunPlace(Sandbox.detect(readOnly, root), root);
    }

    TempWorkDir workingDirectory() throws IOException {
        return TempWorkDir.createIn(workingRoot);
    }
}
