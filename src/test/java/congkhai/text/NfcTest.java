package congkhai.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NfcTest {

    /** Every char the fast way takes as it is, alone and beside any other such char, is NFC. */
    @Test
    void everyTextOfStableCharsIsInNfcAlready() {
        List<Character> stable = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Nfc.isStable(c)) {
                stable.add(c);
            }
        }
        assertTrue(stable.size() > 1000, "ASCII, Latin-1, Latin Extended and Latin Extended Additional");
        char[] pair = new char[2];
        for (char a : stable) {
            for (char b : stable) {
                pair[0] = a;
                pair[1] = b;
                String s = new String(pair);
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
                }
            }
        }
    }

    @Test
    void vietnameseAsTypedComposedOrNotIsComposed() {
        String composed = "Quyết định số 07/QĐ-UBND về việc phê duyệt kế hoạch";
        assertSame(composed, Nfc.of(composed), "composed text is given back as it is");
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(composed, Nfc.of(decomposed));
        // a letter with its mark typed after it: the mark is not a stable char
        assertEquals("hoạch", Nfc.of("hoa\u0323ch"));
        assertEquals("\u00C5", Nfc.of("\u212B"), "a char NFC replaces (the Ångström sign) outside the stable ones");
    }
}
