package congkhai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTextTest {

    private static String text(String markdown) {
        return MarkdownText.of(markdown);
    }

    @Test
    void headingsParagraphsAndListsKeepTheirWordsOneLineEach() {
        assertEquals("Căn cứ\nGiao **Sở** chủ trì\nphối hợp\n", text("## Căn cứ\n\nGiao \\*\\*Sở\\*\\* chủ trì\nphối hợp\n"));
        assertEquals("Một\nHai\n", text("- Một\n* Hai\n"));
        assertEquals("1. Một\n2. Hai\n3) Ba\n", text("1. Một\n2. Hai\n\n3) Ba\n"), "a reader sees an item's number");
        assertEquals("Trích dẫn\n", text("> > Trích dẫn\n"));
    }

    @Test
    void formattingLinkTargetsAndFootnoteReferencesAreNoWords() {
        assertEquals("Theo Kế hoạch 122 và nghị quyết đã ban hành\n",
                text("Theo [Kế hoạch 122](/plans/kh-122/) và *nghị quyết*[^1] đã __ban hành__\n\n[^1]:\n"));
        assertEquals("Xem ảnh bản đồ và https://congkhai.example/x\n", text("Xem ![ảnh bản đồ](a.png) và <https://congkhai.example/x>\n"));
        assertEquals("Chú thích một\n", text("[^1]: Chú thích một\n"));
        assertEquals("mã so_tnmt và A & B\n", text("mã `so_tnmt` và A &amp; B\n"), "code keeps its underscores, entities are read");
    }

    @Test
    void tableRowsAreCellsJoinedByADotAndTheRuleIsDropped() {
        assertEquals("Chỉ tiêu · Kế hoạch\nVốn · 3.521\n", text("| Chỉ tiêu | Kế hoạch |\n|---|---:|\n|  Vốn  | **3.521** |\n"));
    }

    @Test
    void htmlTagsAndRulesAreNoWordsButTheirTextIs() {
        assertEquals(" Nội dung \n", text("<div>Nội dung</div>\n"));
        assertEquals("a   b\n", text("a <br> b\n"));
        assertEquals("Trên\nDưới\n", text("Trên\n\n---\n\nDưới\n"));
        assertEquals("x = 1;\n", text("```\nx = 1;\n```\n"));
    }

    @Test
    void aBodyTheBuildWouldNotRenderIsTakenAsWritten() {
        String huge = "chữ ".repeat(MarkdownRenderer.MAX_PARAGRAPH_CHARS / 4 + 10);
        assertEquals(huge, text(huge));
        String deep = "> ".repeat(MarkdownRenderer.MAX_BLOCK_DEPTH + 5) + "sâu\n";
        assertEquals(deep, text(deep));
    }
}
