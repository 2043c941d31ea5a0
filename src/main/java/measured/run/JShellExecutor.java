package measured.run;

/** Runs a page's JShell blocks in one isolated session. */
final class JShellExecutor {

    JShellResult execute(JShellRequest request) {
        throw new UnsupportedOperationException("JShell sessions are wired in with measured.run.jshell");
    }
}
