package congkhai.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * flexmark's HTML for a run of plain text, made without its regular expressions when the text has no
 * backslash escape, entity or carriage return: flexmark looks for those, then for characters to escape,
 * with a pattern each, and the two were a tenth of rendering a body. Other text goes through flexmark's
 * own code, so the HTML is the same either way.
 */
final class PlainTextRenderer implements NodeRenderer {

    /** Given to the HTML renderer's builder; its handler takes the place of the core one for {@link Text}. */
    static final NodeRendererFactory FACTORY = options -> new PlainTextRenderer();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().toString();
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            // what flexmark's CoreNodeRenderer does for a Text node
            html.text(Escaping.normalizeEOL(node.getChars().unescape()));
            return;
        }
        // with nothing to unescape and no '&', flexmark's escaping replaces only these three
        html.raw(escaped(text));
    }

    /**
     * {@code chars.unescape()}: flexmark's looks for a backslash or '&' with a regular expression and,
     * finding neither, returns the text as it is; this looks with indexOf.
     */
    static String unescaped(BasedSequence chars) {
        String text = chars.toString();
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }

    private static String escaped(String text) {
        int first = firstToEscape(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (int at = first; at >= 0; at = firstToEscape(text, from)) {
            out.append(text, from, at);
            char c = text.charAt(at);
            out.append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
            from = at + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static int firstToEscape(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '"') {
                return i;
            }
        }
        return -1;
    }
}
