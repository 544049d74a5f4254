package congkhai.base;


import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decoding of source files: strict UTF-8, with the place of the first bad byte when it is not. */
public final class SourceText {

    private SourceText() {
    }

    public static Parsed<String> decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Parsed.of(decoder.decode(ByteBuffer.wrap(bytes)).toString(), List.of());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.length() - lineStart + 1;
            return Parsed.failed(List.of(new Problem(new SourcePos(path, line, column),
                    String.format("file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[bad] & 0xff, bad))));
        }
    }

    /** Drops a byte order mark and turns CRLF and lone CR line ends into LF; line numbers stay the same. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
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
