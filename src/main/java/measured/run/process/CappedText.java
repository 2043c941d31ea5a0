package measured.run.process;

import java.io.Writer;

/**
 * Text kept up to a limit of characters while counting what was dropped beyond it, so that a program printing
 * endlessly costs no more memory than the limit; several threads may write to it.
 */
public final class CappedText extends Writer {

    private final int limit;
    private final StringBuilder kept = new StringBuilder();
    private long dropped;

    public CappedText(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        int room = Math.max(0, limit - kept.length());
        int taken = Math.min(room, length);
        kept.append(chars, offset, taken);
        dropped += length - taken;
    }

    @Override
    public synchronized void write(String text, int offset, int length) {
        int room = Math.max(0, limit - kept.length());
        int taken = Math.min(room, length);
        kept.append(text, offset, offset + taken);
        dropped += length - taken;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    public synchronized String text() {
        return kept.toString();
    }

    /** Removes what was kept from a position on and returns it: e.g. a thread dump the JVM printed. */
    public synchronized String cutFrom(int index) {
        String cut = kept.substring(Math.min(index, kept.length()));
        kept.setLength(Math.min(index, kept.length()));
        return cut;
    }

    /** The number of characters kept so far. */
    public synchronized int length() {
        return kept.length();
    }

    public synchronized long droppedChars() {
        return dropped;
    }

    @Override
    public void flush() {
        // Nothing is buffered.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
