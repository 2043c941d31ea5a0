package measured.run.jshell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the UTF-8 bytes of one of the session's output channels into a writer, keeping a character split
 * across two packets whole (JShell forwards output in packets of at most 255 bytes).
 */
final class DecodingOutputStream extends OutputStream {

    private final Writer target;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] leftover = new byte[0];

    DecodingOutputStream(Writer target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(leftover.length + length);
        in.put(leftover).put(bytes, offset, length).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining());
        decoder.decode(in, out, false);
        leftover = new byte[in.remaining()];
        in.get(leftover);
        out.flip();
        target.write(out.array(), 0, out.limit());
    }
}
