package congkhai.serve;

import java.util.Optional;

/**
 * The one byte range of a Range header (RFC 9110, section 14), as a static file server answers it:
 * bytes {@code first} to {@code last} of the file, both included.
 */
record ByteRange(long first, long last) {

    /** A range that starts past the file's end, or asks for none of it: answered 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(0, -1);

    boolean satisfiable() {
        return first <= last;
    }

    long length() {
        return last - first + 1;
    }

    /**
     * The range a {@code Range} header asks of a file of {@code size} bytes: empty when there is no
     * header, or one this server answers with the whole file (not bytes, several ranges, malformed:
     * HTTP lets a server ignore those); {@link #UNSATISFIABLE} when it lies past the end.
     */
    static Optional<ByteRange> of(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String first = spec.substring(0, dash).trim();
            String last = spec.substring(dash + 1).trim();
            if (first.isEmpty()) {
                // a suffix: the last N bytes
                long n = Long.parseLong(last);
                if (n < 0) {
                    return Optional.empty();
                }
                return Optional.of(n == 0 || size == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, size - n), size - 1));
            }
            long from = Long.parseLong(first);
            long to = last.isEmpty() ? size - 1 : Long.parseLong(last);
            if (from < 0 || to < from) {
                return Optional.empty();
            }
            return Optional.of(from >= size ? UNSATISFIABLE : new ByteRange(from, Math.min(to, size - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
