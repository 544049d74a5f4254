package congkhai.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FoldingTest {

    @Test
    void documentNumbersMatchHoweverTheyAreTyped() {
        String key = Folding.documentNumberKey("122/KH-UBND");
        assertEquals(key, Folding.documentNumberKey("122/kh-ubnd"));
        assertEquals(key, Folding.documentNumberKey(" 122 / KH–UBND "));
        assertEquals(Folding.documentNumberKey("2227/QĐ-UBND"), Folding.documentNumberKey("2227/QD-UBND"));
        assertEquals(Folding.documentNumberKey("74-CTr/TU"), Folding.documentNumberKey("74-CTR/TU"));
        assertNotEquals(key, Folding.documentNumberKey("123/KH-UBND"));
    }

    @Test
    void leadingZerosOfANumberDoNotMatter() {
        assertEquals(Folding.documentNumberKey("7/TB-UBND"), Folding.documentNumberKey("07/TB-UBND"));
        assertEquals(Folding.documentNumberKey("6-NQ/TW"), Folding.documentNumberKey("06 - NQ/TW"));
        assertEquals("15/QD-UBND", Folding.documentNumberKey("0015/QĐ-UBND"));
        assertEquals("100/KH-UBND", Folding.documentNumberKey("100/KH-UBND"), "zeros inside a number stay");
        assertEquals("12/2023/NQ-HDND", Folding.documentNumberKey("12/2023/NQ-HĐND"));
        assertEquals("0/TB", Folding.documentNumberKey("0/TB"));
    }

    @Test
    void slugsAreAsciiWithoutDiacritics() {
        assertEquals("dat-dai-giai-phong-mat-bang", Folding.slug("Đất đai - giải phóng mặt bằng"));
        assertEquals("40-nq-tu", Folding.slug("40-NQ/TU"));
        assertEquals("quyet-dinh-2227-qd-ubnd", Folding.slug("Quyết định 2227/QĐ-UBND"));
    }

    @Test
    void foldingKeepsLettersAndDropsMarks() {
        assertEquals("Ke hoach", Folding.fold("Kế hoạch"));
        assertEquals("Dong Dang", Folding.fold("Đồng Đăng"));
    }

    @Test
    void theFastLowercaseFoldAgreesWithTheFullOne() {
        for (String s : new String[] {"hoạch", "đường", "ơn", "ưu", "ỹ", "xin chào", "ǆ", "ﬁ", "ø", "123"}) {
            assertEquals(Folding.fold(s).toLowerCase(java.util.Locale.ROOT), Folding.foldLowercase(s), s);
        }
    }
}
