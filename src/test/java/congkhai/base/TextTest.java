package congkhai.base;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

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
