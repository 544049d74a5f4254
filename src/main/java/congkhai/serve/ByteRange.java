package congkhai.serve;

import java.util.Optional;

/** The one byte range of a Range header (RFC 9110, section 14), as a static file server answers it. */
final class ByteRange {

    private ByteRange() {
    }

    /**
     * The first and last byte a {@code Range} header asks of a file of {@code size} bytes: empty when
     * there is no header, or one this server answers with the whole file (not bytes, several ranges,
     * malformed: HTTP lets a server ignore those); an empty array when the range lies past the end
     * (416).
     */
    static Optional<long[]> of(String header, long size) {
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
                return n == 0 || size == 0 ? Optional.of(new long[0]) : Optional.of(new long[] {Math.max(0, size - n), size - 1});
            }
            long from = Long.parseLong(first);
            long to = last.isEmpty() ? size - 1 : Long.parseLong(last);
            if (from < 0 || to < from) {
                return Optional.empty();
            }
            if (from >= size) {
                return Optional.of(new long[0]);
            }
            return Optional.of(new long[] {from, Math.min(to, size - 1)});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
