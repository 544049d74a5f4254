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
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown bodies to safe HTML: CommonMark with tables and footnotes through flexmark, then an
 * allow-list clean with jsoup, so no script, event handler or {@code javascript:} link from content
 * reaches a reader. Thread-safe; make one per build.
 */
public final class MarkdownRenderer {

    private static final String BASE = "https://content.invalid/";

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
        String raw = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        demoteHeadings(clean);
        addHeadingIds(clean, reservedIds);
        wrapTables(clean);
        return clean.body().html();
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
