package congkhai.render;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NobreakTest {

    /** The pattern nobreak used before its hand-written scan, kept here as the reference it must agree with. */
    private static final Pattern NUMBER_WORD = Pattern.compile("[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N}]*(?:[-/.][\\p{L}\\p{N}&]+)+");

    private static String byPattern(String text) {
        StringBuilder html = new StringBuilder();
        Matcher m = NUMBER_WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            boolean numberLike = m.group().indexOf('-') >= 0 || m.group().indexOf('/') >= 0;
            html.append(escape(text.substring(at, m.start())));
            html.append(numberLike ? "<span class=\"nowrap\">" + escape(m.group()) + "</span>" : escape(m.group()));
            at = m.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void documentNumbersStayOnOneLineAndTheRestIsEscaped() {
        assertEquals("Kế hoạch <span class=\"nowrap\">74-CTr/TU</span> ngày <span class=\"nowrap\">27/5/2023</span>",
                TemplateEngine.nobreakHtml("Kế hoạch 74-CTr/TU ngày 27/5/2023"));
        assertEquals("Vốn 3.521 tỷ &lt;b&gt; &quot;A&quot; &#39;B&#39; &amp; C", TemplateEngine.nobreakHtml("Vốn 3.521 tỷ <b> \"A\" 'B' & C"));
        assertEquals("<span class=\"nowrap\">12/2023/NQ-HĐND&amp;X</span>-", TemplateEngine.nobreakHtml("12/2023/NQ-HĐND&X-"));
        assertEquals("", TemplateEngine.nobreakHtml(""));
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        String[] pieces = {"a", "Đ", "ệ", "x", "1", "7", "٣", "²", "Ⅻ", "\uD835\uDFD9", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00",
                "-", "/", ".", "&", "<", ">", "\"", "'", " ", ",", "_", "\u0301", "\u00a0"};
        Random random = new Random(12);
        for (int round = 0; round < 200_000; round++) {
            String s = RandomTexts.next(random, pieces, 14);
            assertEquals(byPattern(s), TemplateEngine.nobreakHtml(s), () -> "for " + s.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}
