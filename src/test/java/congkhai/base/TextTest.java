package congkhai.base;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TextTest {

    @Test
    void documentNumbersMatchHoweverTheyAreTyped() {
        String key = Text.documentNumberKey("122/KH-UBND");
        assertEquals(key, Text.documentNumberKey("122/kh-ubnd"));
        assertEquals(key, Text.documentNumberKey(" 122 / KH–UBND "));
        assertEquals(Text.documentNumberKey("2227/QĐ-UBND"), Text.documentNumberKey("2227/QD-UBND"));
        assertEquals(Text.documentNumberKey("74-CTr/TU"), Text.documentNumberKey("74-CTR/TU"));
        assertNotEquals(key, Text.documentNumberKey("123/KH-UBND"));
    }

    @Test
    void slugsAreAsciiWithoutDiacritics() {
        assertEquals("dat-dai-giai-phong-mat-bang", Text.slug("Đất đai - giải phóng mặt bằng"));
        assertEquals("40-nq-tu", Text.slug("40-NQ/TU"));
        assertEquals("quyet-dinh-2227-qd-ubnd", Text.slug("Quyết định 2227/QĐ-UBND"));
    }

    @Test
    void foldingKeepsLettersAndDropsMarks() {
        assertEquals("Ke hoach", Text.foldAccents("Kế hoạch"));
        assertEquals("Dong Dang", Text.foldAccents("Đồng Đăng"));
    }
}
