package congkhai.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies render to the same HTML with the plain text renderer as with flexmark's own. */
class PlainTextRendererTest {

    private static final MutableDataSet OPTIONS = MarkdownRenderer.rendererOptions();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
    private static final HtmlRenderer OURS = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(PlainTextRenderer.FACTORY).build();

    private static void same(String markdown) {
        var ast = PARSER.parse(markdown);
        assertEquals(FLEXMARK.render(ast), OURS.render(ast), () -> "for " + markdown.replace("\r", "\\r"));
    }

    @Test
    void escapesEntitiesAndLineEndsComeOutAsFlexmarkWritesThem() {
        same("Theo \"Kế hoạch\" <số> 122/KH-UBND & A &amp; B \\* sao \\\\ &#39; &nbsp; &bogus;\n");
        same("dòng một\r\ndòng hai\rba\n\n| a < b | \"c\" |\n|---|---|\n| x > y | &lt; |\n");
        same("Chú thích[^1] và `mã <b>` và **đậm \"x\"**\n\n[^1]: Nội dung > 1\n");
    }

    @Test
    void agreesWithFlexmarkOnRandomText() {
        String[] pieces = {"a", "Đất", " ", "\n", "\r", "\r\n", "\n\n", "<", ">", "\"", "'", "&", "&amp;", "&#x41;", "&nbsp;", "\\", "\\*",
                "*", "_", "`", "[", "]", "(", ")", "#", "# ", "- ", "1. ", "|", "---", ">", "~", "!", "12/KH-UBND", "<b>", "</b>", "\t", "  "};
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            same(RandomTexts.next(random, pieces, 20));
        }
    }
}
