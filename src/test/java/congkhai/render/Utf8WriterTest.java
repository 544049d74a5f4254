package congkhai.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Utf8Writer against the OutputStreamWriter pages were written through before it: the same bytes. */
class Utf8WriterTest {

    @Test
    void writesUtf8AndAQuestionMarkForAHalfSurrogate() throws IOException {
        assertEquals("Kế hoạch 74-CTr/TU \uD83D\uDE00 ?a?", new String(written("Kế hoạch 74-CTr/TU \uD83D\uDE00 \uD800a\uDC00"),
                StandardCharsets.UTF_8));
        assertArrayEquals("?".getBytes(StandardCharsets.UTF_8), written("\uD800"));
        assertArrayEquals(new byte[0], written(""));
    }

    @Test
    void agreesWithOutputStreamWriterWhateverTheWritesAre() throws IOException {
        String[] pieces = {"a", "<", "Đ", "ệ", "ữ", "\u0301", "\u00a0", "é", "\u20ac", "\uD83D\uDE00", "\uD835\uDFD9", "\uD800", "\uDC00",
                "\uDBFF", "\uDFFF", "\uFFFF", "\u07FF", "\u0800", "\u007F", "\u0080", "\n"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            // long texts too, so that writes cross the writer's buffer
            String text = RandomTexts.next(random, pieces, round % 100 == 0 ? 9000 : 40);
            long seed = random.nextLong();
            ByteArrayOutputStream before = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(before, StandardCharsets.UTF_8)) {
                writeInPieces(text, w, new Random(seed));
            }
            ByteArrayOutputStream now = new ByteArrayOutputStream();
            try (Writer w = new Utf8Writer(now)) {
                writeInPieces(text, w, new Random(seed));
            }
            assertArrayEquals(before.toByteArray(), now.toByteArray(), () -> "for " + text.chars()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    /** The text as strings, parts of strings, char arrays and single characters, with flushes between. */
    private static void writeInPieces(String text, Writer w, Random random) throws IOException {
        int at = 0;
        while (at < text.length()) {
            int n = Math.min(text.length() - at, 1 + random.nextInt(random.nextBoolean() ? 5 : 3000));
            switch (random.nextInt(5)) {
                case 0 -> w.write(text.substring(at, at + n));
                case 1 -> w.write("xx" + text.substring(at, at + n) + "yy", 2, n);
                case 2 -> w.write(("." + text.substring(at, at + n)).toCharArray(), 1, n);
                case 3 -> {
                    n = 1;
                    w.write(text.charAt(at));
                }
                default -> {
                    w.write(text, at, n);
                    w.flush();
                }
            }
            at += n;
        }
    }

    private static byte[] written(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new Utf8Writer(out)) {
            w.write(text);
        }
        return out.toByteArray();
    }
}
