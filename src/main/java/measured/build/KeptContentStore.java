package measured.build;

import org.jbake.app.ContentStore;

/**
 * JBake's content store kept open across the bakes of one serve session: JBake opens and shuts its store in
 * every bake, which throws away what it knows of each page; kept, it re-reads only the pages whose files
 * changed (JBake compares their hashes) and re-renders only those — a prose edit then costs one page.
 */
final class KeptContentStore extends ContentStore {

    private boolean started;

    KeptContentStore() {
        super("memory", "measured-serve");
    }

    /** Opens the store the first time only. */
    @Override
    public void startup() {
        if (!started) {
            super.startup();
            started = true;
        }
    }

    /** Kept open for the next bake of the session; {@link #release()} closes it. */
    @Override
    public void close() {
        // see release()
    }

    @Override
    public void shutdown() {
        // see release()
    }

    /** Forgets a page, so the next bake reads and renders it again (its results changed, not its file). */
    void forget(String uri) {
        deleteContent(uri);
    }

    void release() {
        if (started) {
            super.close();
            super.shutdown();
            started = false;
        }
    }
}
