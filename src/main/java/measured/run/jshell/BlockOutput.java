package measured.run.jshell;

import java.io.Writer;
import measured.run.process.CappedText;

/**
 * Where everything the session's JVM prints goes: the capped text of the block running now, switched at each
 * block, so that a block's output holds only what was printed while it ran.
 */
final class BlockOutput extends Writer {

    private volatile CappedText current;

    BlockOutput(int limitChars) {
        this.current = new CappedText(limitChars);
    }

    /** Starts collecting a new block's output and returns it. */
    CappedText startBlock(int limitChars) {
        CappedText text = new CappedText(limitChars);
        current = text;
        return text;
    }

    CappedText current() {
        return current;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        current.write(chars, offset, length);
    }

    @Override
    public void flush() {
        // Nothing is buffered.
    }

    @Override
    public void close() {
        // The session owns the lifetime.
    }
}
