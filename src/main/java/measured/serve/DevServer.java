package measured.serve;

import measured.build.BuildOptions;

/** Placeholder replaced below. */
public final class DevServer {
    private final BuildOptions options;
    public DevServer(BuildOptions options) { this.options = options; }
    public void run() { throw new UnsupportedOperationException(); }
}
