package congkhai.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import congkhai.base.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown bodies to safe HTML: CommonMark with tables and footnotes through flexmark, then an
 * allow-list clean with jsoup, so no script, event handler or {@code javascript:} link from content
 * reaches a reader. Thread-safe; make one per build.
 */
public final class MarkdownRenderer {

    private static final String BASE = "https://content.invalid/";
    /** Vietnamese document numbers: 122/KH-UBND, 40-NQ/TU, 12/2018/NQ-HĐND, 319a/KH-UBND, 74-CTr/TU. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])\\d{1,5}[a-z]?(?:/\\d{4})?[/-]\\p{Lu}[\\p{L}]*(?:[/-]\\p{Lu}[\\p{L}]*)*(?![\\p{L}\\d])");

    /** Where a document number is left as written: already a link, code, or a heading. */
    private static final Set<String> NOT_LINKED = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        Safelist safelist = Safelist.relaxed()
                .addTags("hr", "del", "s", "abbr", "mark", "figure", "figcaption")
                .addAttributes(":all", "id", "class", "title", "lang")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("abbr", "title")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /**
     * @param reservedIds ids the page around the body already uses (its sections, its task anchors);
     *                    heading ids are made to avoid them
     */
    public String toHtml(String markdown, Set<String> reservedIds) {
        return toHtml(markdown, reservedIds, Map.of(), "");
    }

    /**
     * @param numberLinks  document numbers to link where the body mentions them: number key to href
     * @param ownNumberKey the document's own number, which is never linked to itself
     */
    public String toHtml(String markdown, Set<String> reservedIds, Map<String, String> numberLinks, String ownNumberKey) {
        String raw = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        demoteHeadings(clean);
        if (!numberLinks.isEmpty()) {
            linkNumbers(clean.body(), numberLinks, ownNumberKey);
        }
        addHeadingIds(clean, reservedIds);
        wrapTables(clean);
        return clean.body().html();
    }

    /**
     * Finds document numbers in the text ("Nghị quyết số 40-NQ/TU", "Kế hoạch 122/KH-UBND") and links
     * the ones the portal has a page for, outside existing links and code.
     */
    private static void linkNumbers(Element root, Map<String, String> links, String ownKey) {
        List<TextNode> texts = new ArrayList<>();
        // skipping whole subtrees is one walk; asking each text node for its closest ancestor was a tenth of a build
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && NOT_LINKED.contains(e.normalName())) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t && hasDigit(t.getWholeText())) {
                texts.add(t);
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        for (TextNode text : texts) {
            String s = text.getWholeText();
            Matcher m = DOCUMENT_NUMBER.matcher(s);
            int last = 0;
            List<Node> parts = new ArrayList<>();
            while (m.find()) {
                String key = Text.documentNumberKey(m.group());
                String href = links.get(key);
                if (href == null || key.equals(ownKey)) {
                    continue;
                }
                parts.add(new TextNode(s.substring(last, m.start())));
                parts.add(new Element("a").attr("href", href).addClass("doc-number-link").text(m.group()));
                last = m.end();
            }
            if (!parts.isEmpty()) {
                parts.add(new TextNode(s.substring(last)));
                for (Node part : parts) {
                    text.before(part);
                }
                text.remove();
            }
        }
    }

    /** Every document number starts with a digit. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A body sits under the page's own h1 and a "Toàn văn" h2, so its # becomes h2, ## h3, and so on. */
    private static void demoteHeadings(Document doc) {
        for (Element h : doc.select("h1, h2, h3, h4, h5")) {
            int level = h.tagName().charAt(1) - '0';
            h.tagName("h" + (level + 1));
        }
    }

    /** ASCII ids from the heading text, so a section can be linked: "1. Đánh giá chung" gets #muc-1-danh-gia-chung. */
    private static void addHeadingIds(Document doc, Set<String> reservedIds) {
        Set<String> used = new HashSet<>(reservedIds);
        for (Element e : doc.select("[id]")) {
            used.add(e.id());
        }
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            if (!h.id().isEmpty()) {
                continue;
            }
            String base = Text.slug(h.text());
            if (base.isEmpty()) {
                base = "muc";
            }
            if (Character.isDigit(base.charAt(0))) {
                base = "muc-" + base;
            }
            String id = base;
            for (int i = 2; !used.add(id); i++) {
                id = base + "-" + i;
            }
            h.id(id);
        }
        for (Element h : doc.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            h.appendElement("a").addClass("anchor").attr("href", "#" + h.id())
                    .attr("aria-label", "Liên kết tới mục này").text("#");
        }
    }

    /** Wide tables scroll sideways on a phone instead of breaking the page. */
    private static void wrapTables(Document doc) {
        for (Element table : doc.select("table")) {
            table.wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng\"></div>");
        }
    }
}
