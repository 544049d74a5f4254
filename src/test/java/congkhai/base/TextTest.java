package congkhai.base;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void leadingZerosOfANumberDoNotMatter() {
        assertEquals(Text.documentNumberKey("7/TB-UBND"), Text.documentNumberKey("07/TB-UBND"));
        assertEquals(Text.documentNumberKey("6-NQ/TW"), Text.documentNumberKey("06 - NQ/TW"));
        assertEquals("15/QD-UBND", Text.documentNumberKey("0015/QĐ-UBND"));
        assertEquals("100/KH-UBND", Text.documentNumberKey("100/KH-UBND"), "zeros inside a number stay");
        assertEquals("12/2023/NQ-HDND", Text.documentNumberKey("12/2023/NQ-HĐND"));
        assertEquals("0/TB", Text.documentNumberKey("0/TB"));
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

    @Test
    void idsAreLowercaseGroupsJoinedBySingleDashesAndLongOnesDoNotOverflowTheStack() {
        assertTrue(Text.isId("so-tnmt"));
        assertTrue(Text.isId("t9-1"));
        for (String bad : new String[] {"", "-a", "a-", "a--b", "A", "a_b", "a.b", "đ"}) {
            assertFalse(Text.isId(bad), bad);
        }
        assertTrue(Text.isRecordId("plans/2023-05-27-kh-122"));
        assertFalse(Text.isRecordId("plans//x"));
        assertFalse(Text.isRecordId("../x"));
        assertTrue(Text.isId("a-".repeat(200_000) + "a"), "a regular expression with a repeated group would overflow here");
    }

    @Test
    void controlCharactersArePrintedVisiblySoAProblemStaysOnOneLine() {
        assertEquals("a\\u000Ab\\u001B[31m\\u2028c", Text.visibleControls("a\nb\u001b[31m\u2028c"));
        assertEquals("Đất đai\tx", Text.visibleControls("Đất đai\tx").replace("\\u0009", "\t"));
        assertEquals("content/x.md:1:1: error: 'a\\u000Db'", new Problem(SourcePos.startOf("content/x.md"), "'a\rb'").toString());
    }
}
