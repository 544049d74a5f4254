package congkhai.render;

import congkhai.base.Parsed;
import congkhai.base.SourcePos;
import congkhai.load.Labels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MarkdownRenderer.toOutline, which outlines a body without HTML of its own on the tree it has, against
 * what pages had before it: the outline of toHtml's HTML parsed again. The same HTML and contents.
 */
class DocumentOutlineTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private static final Labels WORDS = new Labels(Map.of("body.heading_link", "Liên kết tới mục này", "body.table", "Bảng"));
    private static final SourcePos BODY = new SourcePos("content/x.md", 6, 1);
    private static final MarkdownRenderer.NumberLinks LINKS = (number, text, end) ->
            number.contains("KH") ? Optional.of("so-hieu/" + number.length() + "/") : Optional.empty();

    /** Lines of the kinds bodies have: headings of each level, lists, quotes, tables, code, footnotes, numbers. */
    private static final String[] LINES = {"# Phần I", "## 1. Mục tiêu", "### a) Nội dung", "#### Tiểu mục", "##### 5", "###### 6",
            "## Mục tiêu", "# ", "Đoạn văn bản ngắn.", ("Đoạn văn bản dài về kế hoạch 122/KH-UBND ngày 27/5/2023 và *các* nhiệm vụ. ").repeat(40),
            "- mục một", "  - mục con", "1. thứ nhất", "2) thứ hai", "> trích dẫn **đậm**", "| a | b |\n|---|---|\n| 1 | 2 |",
            "```\nmã\n\n# không phải tiêu đề\n```", "    thụt lề", "**đậm** _nghiêng_ `mã`", "[liên kết](https://x.vn) và https://y.vn",
            "Chú thích[^1].", "[^1]: Lời chú thích.", "---", "***", "&amp; &lt; &#60; \\# \\*", "Tiêu đề\n===", "Tiêu đề 2\n---",
            "Căn cứ Nghị quyết số 40-NQ/TU và Kế hoạch 74-KH/UBND.", "", "", "\t", "Dòng\\\nngắt", "![ảnh](a.png)"};

    @Test
    void outlinesTheTreeAsItOutlinedTheHtmlParsedAgain() {
        Random random = new Random(5);
        int collapsed = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder body = new StringBuilder();
            int lines = random.nextInt(30);
            for (int i = 0; i < lines; i++) {
                body.append(LINES[random.nextInt(LINES.length)]).append(random.nextInt(4) == 0 ? "\n" : "\n\n");
            }
            collapsed += compare(body.toString(), random.nextBoolean() ? Set.of() : Set.of("muc-tieu", "noi-dung"));
        }
        // the random bodies reach the collapsing of long sections, or the comparison misses half of the outline
        assertTrue(collapsed > 100, "collapsed " + collapsed);
    }

    @Test
    void outlinesTheSamplePortalsBodiesAsBefore() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            walk.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
        }
        assertTrue(files.size() >= 5, files::toString);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // the body is what follows the front matter
            int end = text.indexOf("\n---", 4);
            compare(end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1), Set.of());
        }
    }

    /** Asserts both ways give the same; returns 1 when a section was collapsed. */
    private int compare(String body, Set<String> reserved) {
        Parsed<String> html = markdown.toHtml(body, reserved, LINKS, WORDS, BODY);
        DocumentOutline before = DocumentOutline.of(html.value().orElseThrow());
        DocumentOutline now = markdown.toOutline(body, reserved, LINKS, WORDS, BODY).value().orElseThrow();
        assertEquals(before.html(), now.html(), body);
        assertEquals(before.toc(), now.toc(), body);
        return before.html().contains("<details") ? 1 : 0;
    }
}
