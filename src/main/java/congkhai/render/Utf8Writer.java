package congkhai.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Characters to UTF-8 bytes, the same bytes an {@link java.io.OutputStreamWriter} for UTF-8 writes
 * (an unpaired surrogate becomes '?'), without its charset machinery: pages are mostly Vietnamese
 * letters, which took the JDK encoder's slow path, and a BufferedWriter in front of it copied every
 * character once more. Not thread-safe: one page, one thread.
 */
final class Utf8Writer extends Writer {

    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int count;
    /** A high surrogate that ended the last write, waiting for its low half. */
    private char pendingHigh;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, chars.length);
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, text.length());
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void put(char c) throws IOException {
        if (count + 4 > buffer.length) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buffer[count++] = (byte) (0xf0 | (cp >> 18));
                buffer[count++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buffer[count++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buffer[count++] = (byte) (0x80 | (cp & 0x3f));
                return;
            }
            buffer[count++] = REPLACEMENT;
            if (count + 4 > buffer.length) {
                drain();
            }
        }
        if (c < 0x80) {
            buffer[count++] = (byte) c;
        } else if (c < 0x800) {
            buffer[count++] = (byte) (0xc0 | (c >> 6));
            buffer[count++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[count++] = REPLACEMENT;
        } else {
            buffer[count++] = (byte) (0xe0 | (c >> 12));
            buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            buffer[count++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    /** Writes what is buffered; a high surrogate still waiting for its low half stays waiting, as in OutputStreamWriter. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                if (count + 1 > buffer.length) {
                    drain();
                }
                buffer[count++] = REPLACEMENT;
            }
            drain();
        } finally {
            out.close();
        }
    }
}
