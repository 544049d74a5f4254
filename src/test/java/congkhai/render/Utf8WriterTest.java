package congkhai.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class Utf8WriterTest {

    /** The same writes, in the same pieces, through both writers. */
    private static byte[] written(boolean fast, List<String> pieces, List<Integer> how) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = fast ? new Utf8Writer(bytes) : new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                switch (how.get(i)) {
                    case 0 -> out.write(piece);
                    case 1 -> out.write(piece.toCharArray(), 0, piece.length());
                    case 2 -> piece.chars().forEach(c -> {
                        try {
                            out.write(c);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    default -> out.flush();
                }
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void writesWhatOutputStreamWriterWritesWhateverThePieces() throws IOException {
        String[] chars = {"a", "<", "\n", "ệ", "Đ", "é", "€", "\u0301", "\uffff", "\uD835\uDFD9", "\uD83D\uDE00", "\uD800", "\uDC00", "\uDBFF"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            List<String> pieces = new ArrayList<>();
            List<Integer> how = new ArrayList<>();
            int count = random.nextInt(6);
            for (int p = 0; p < count; p++) {
                StringBuilder piece = new StringBuilder();
                int length = random.nextInt(round % 100 == 0 ? 5000 : 8);
                for (int i = 0; i < length; i++) {
                    piece.append(chars[random.nextInt(chars.length)]);
                }
                pieces.add(piece.toString());
                how.add(random.nextInt(4));
            }
            assertArrayEquals(written(false, pieces, how), written(true, pieces, how), () -> pieces + " " + how);
        }
    }
}
