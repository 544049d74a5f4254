package congkhai.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A page's characters to its stream as UTF-8, the same bytes an {@code OutputStreamWriter} gives (a
 * surrogate without its other half becomes {@code ?}), for one thread. A template writes a page in
 * thousands of short strings; through a BufferedWriter each took a lock and a copy, and its encoder
 * took the slow path at every Vietnamese letter. Here each string is encoded as it comes, into a
 * buffer that goes to the stream when full: the page is still never whole in memory.
 */
final class Utf8Writer extends Writer {

    private static final int BUFFER = 1 << 13;

    private final OutputStream out;
    private final byte[] bytes = new byte[BUFFER];
    private final char[] chars = new char[BUFFER / 4];
    private int length;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when there is none. */
    private char high;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        encode(cbuf, off, off + len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, s.length());
        // through a small array: encoding from an array is quicker than charAt on each character
        for (int at = off, end = off + len; at < end; ) {
            int n = Math.min(chars.length, end - at);
            s.getChars(at, at + n, chars, 0);
            encode(chars, 0, n);
            at += n;
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    private void encode(char[] a, int from, int to) throws IOException {
        byte[] b = bytes;
        int n = length;
        int i = from;
        if (high != 0 && i < to) {
            char c = a[i];
            if (Character.isLowSurrogate(c)) {
                n = ensure(n, 4);
                n = putPair(b, n, high, c);
                i++;
            } else {
                n = ensure(n, 1);
                b[n++] = '?';
            }
            high = 0;
        }
        while (i < to) {
            // as many characters as surely fit, so the loop checks no room: 3 bytes each at most, 4 for a pair
            int room = (b.length - n) / 3 - 1;
            if (room < 1) {
                n = drain(n);
                continue;
            }
            int stop = Math.min(to, i + room);
            while (i < stop) {
                char c = a[i++];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xc0 | (c >> 6));
                    b[n++] = (byte) (0x80 | (c & 0x3f));
                } else if (!Character.isSurrogate(c)) {
                    b[n++] = (byte) (0xe0 | (c >> 12));
                    b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    b[n++] = (byte) (0x80 | (c & 0x3f));
                } else if (Character.isHighSurrogate(c)) {
                    if (i == to) {
                        high = c;
                    } else if (Character.isLowSurrogate(a[i])) {
                        n = putPair(b, n, c, a[i++]);
                    } else {
                        b[n++] = '?';
                    }
                } else {
                    b[n++] = '?';
                }
            }
        }
        length = n;
    }

    private static int putPair(byte[] b, int n, char high, char low) {
        int cp = Character.toCodePoint(high, low);
        b[n++] = (byte) (0xf0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (cp & 0x3f));
        return n;
    }

    private int ensure(int n, int room) throws IOException {
        return n > bytes.length - room ? drain(n) : n;
    }

    private int drain(int n) throws IOException {
        out.write(bytes, 0, n);
        return 0;
    }

    /** Writes what is encoded; a high surrogate still waits for its other half, as in OutputStreamWriter. */
    @Override
    public void flush() throws IOException {
        length = drain(length);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (high != 0) {
                length = ensure(length, 1);
                bytes[length++] = '?';
                high = 0;
            }
            length = drain(length);
        }
    }
}
