package congkhai.base;


import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decoding of source files: strict UTF-8 without control characters, with the place of the first
 * offending byte or character when it is not.
 */
public final class SourceText {

    /**
     * The largest record or config file read. The longest real record is about 100 KB; this bound keeps a
     * mistaken multi-gigabyte file from being read into memory at all.
     */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private SourceText() {
    }

    /** A located problem for a file over {@link #MAX_BYTES}, or nothing when the size is fine. */
    public static List<Problem> checkSize(String path, long size) {
        if (size <= MAX_BYTES) {
            return List.of();
        }
        return List.of(new Problem(SourcePos.startOf(path), String.format(Locale.ROOT,
                "file is %s; a record may be at most %d MB (is it an attachment saved under a record's name?)",
                megabytes(size), MAX_BYTES / (1024 * 1024))));
    }

    public static Parsed<String> decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            return Parsed.failed(List.of(new Problem(position(path, before, before.length()),
                    String.format("file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[bad] & 0xff, bad))));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Text.isForbiddenControl(c)) {
                // invisible in most editors, invalid in HTML and XML, and a way to smuggle text past a reviewer
                return Parsed.failed(List.of(new Problem(position(path, text, i), String.format(
                        "control character U+%04X is not allowed; delete it (most editors do not show it)", (int) c))));
            }
            if (Text.isBidiControl(c)) {
                return Parsed.failed(List.of(new Problem(position(path, text, i), String.format(
                        "bidirectional control character U+%04X is not allowed: it makes text display differently"
                                + " from how it is stored; delete it", (int) c))));
            }
        }
        return Parsed.of(text, List.of());
    }

    /** Drops a byte order mark and turns CRLF and lone CR line ends into LF; line numbers stay the same. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line and column of {@code index} in {@code text} as an editor shows them: CRLF, CR and LF end a line, a BOM takes no column. */
    private static SourcePos position(String path, String text, int index) {
        int line = 1;
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePos(path, line, index - lineStart + 1);
    }

    private static String megabytes(long size) {
        return size >= 1024L * 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f GB", size / (1024.0 * 1024 * 1024))
                : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }

    private static int firstInvalidByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int extra;
            if (b < 0x80) {
                extra = 0;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return Math.max(0, bytes.length - 1);
    }
}
