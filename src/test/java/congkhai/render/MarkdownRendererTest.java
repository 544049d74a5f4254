package congkhai.render;

import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.load.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** What the built-in theme says of a body's headings and tables. */
    private static final Labels WORDS = new Labels(Map.of("body.heading_link", "Liên kết tới mục này", "body.table", "Bảng"));
    private static final SourcePos BODY = new SourcePos("content/x.md", 6, 1);
    private static final String LONG_LINE = "chữ *nhấn* [liên kết](#a) ".repeat(1000);

    private Document html(String body, Set<String> reserved) {
        Parsed<String> p = markdown.toHtml(body, reserved, WORDS, BODY);
        assertEquals(List.of(), p.problems());
        return Jsoup.parseBodyFragment(p.value().orElseThrow());
    }

    @Test
    void aParagraphOverTheLimitIsALocatedErrorButTablesCodeAndHtmlBlocksAreNot() {
        assertEquals(List.of(new Problem(BODY.shiftLines(2), "this paragraph is 26,001 characters long; break it up with blank lines (at most 10,000 characters each)")),
                markdown.toHtml("Mở đầu.\n\n" + LONG_LINE + "\n", Set.of(), WORDS, BODY).problems());
        assertEquals(1, markdown.toHtml("> " + LONG_LINE.substring(0, 6000) + "\n> " + LONG_LINE.substring(0, 6000) + "\n", Set.of(), WORDS, BODY).problems().size(),
                "a paragraph in a block quote is one paragraph over several lines");
        String table = "| a | b |\n|---|:-:|\n" + ("| *ô* | [l](#x) |\n").repeat(2000);
        String code = "```\n" + LONG_LINE + "\n```\n";
        String htmlBlock = "<div>\n" + LONG_LINE + "\n</div>\n";
        String htmlWithListLines = "<div>\n<pre><code>* a\n# b\n" + LONG_LINE + "\n</code></pre>\n</div>\n";
        String list = ("- " + LONG_LINE.substring(0, 9000) + "\n").repeat(5);
        for (String fine : List.of(table, code, htmlBlock, htmlWithListLines, list)) {
            assertEquals(List.of(), markdown.toHtml(fine, Set.of(), WORDS, BODY).problems(), fine.substring(0, 20));
        }
    }

    @Test
    void deepNestingIsALocatedErrorNotAStackOverflow() {
        Parsed<String> quotes = markdown.toHtml("Mở đầu.\n\n" + ">".repeat(5000) + " x\n", Set.of(), WORDS, BODY);
        assertEquals(List.of(new Problem(BODY.shiftLines(2), "block quotes or lists are nested more than 40 levels deep here; flatten them")),
                quotes.problems());
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            list.append("  ".repeat(i)).append("- x\n");
        }
        assertEquals(1, markdown.toHtml(list.toString(), Set.of(), WORDS, BODY).problems().size());
        assertEquals(1, markdown.toHtml("<div>\n" + "<span>".repeat(5000) + "\n", Set.of(), WORDS, BODY).problems().size());
    }

    @Test
    void aLongRunThatLooksLikeADocumentNumberIsNotAStackOverflow() {
        String html = "<div>\n1" + "/A".repeat(200_000) + "\n</div>\n";
        Parsed<String> p = markdown.toHtml(html, Set.of(), java.util.Map.of("122/KH-UBND", "/plans/kh-122/"), "", WORDS, BODY);
        assertEquals(List.of(), p.problems());
        assertEquals("<a href=\"/plans/kh-122/\" class=\"doc-number-link\">122/KH-UBND</a>",
                Jsoup.parseBodyFragment(markdown.toHtml("Theo 122/KH-UBND.", Set.of(), java.util.Map.of(
                        congkhai.text.Folding.documentNumberKey("122/KH-UBND"), "/plans/kh-122/"), "", WORDS, BODY).value().orElseThrow())
                        .selectFirst("a").outerHtml());
    }

    @Test
    void contentIdsNeverClashWithThePagesOwnOrWithEachOther() {
        Document doc = html("<p id=\"noi-dung\">a</p>\n\n<p id=\"t1\">b</p>\n\n<p id=\"x\">c</p>\n\n<p id=\"x\">d</p>\n\n## Nhiệm vụ\n",
                Set.of("noi-dung", "t1", "nhiem-vu"));
        assertEquals(List.of("x", "nhiem-vu-2"), doc.select("[id]").eachAttr("id"));
    }

    @Test
    void headingsNeverSkipALevelBelowThePagesOwn() {
        Document doc = html("### Một\n\n##### Hai\n\n## Ba\n\n#### Bốn\n", Set.of());
        assertEquals(List.of("h3", "h4", "h3", "h4"), doc.select("h1, h2, h3, h4, h5, h6").stream().map(e -> e.tagName()).toList());
        assertTrue(doc.selectFirst("h3").text().startsWith("Một"));
    }
}
