package congkhai.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import congkhai.assemble.CitationReader;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.load.Labels;
import congkhai.text.Folding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown bodies to safe HTML: CommonMark with tables and footnotes through flexmark, then an
 * allow-list clean with jsoup, so no script, event handler or {@code javascript:} link from content
 * reaches a reader. Thread-safe; make one per build.
 */
public final class MarkdownRenderer {

    /**
     * The longest run of lines flexmark parses as one paragraph. Its inline parser copies the whole
     * paragraph for every link, code span or tag it meets (Matcher.toMatchResult on Java 17), so time
     * grows with the square of a paragraph's length: 85,000 characters dense with markup take ten
     * seconds. The longest paragraph of the sample portal has 1,672 characters. A table's cells are
     * parsed one by one, and an HTML block not at all, so those are measured by the line.
     */
    public static final int MAX_PARAGRAPH_CHARS = 10_000;
    /** Block quotes and lists inside each other; flexmark renders them recursively, so depth costs stack. */
    public static final int MAX_BLOCK_DEPTH = 40;
    /** Raw HTML elements inside each other. */
    public static final int MAX_HTML_DEPTH = 100;

    private static final String BASE = "https://content.invalid/";
    /** Vietnamese document numbers, as {@link CitationReader#BODY_NUMBER} finds them in a body. */
    private static final Pattern DOCUMENT_NUMBER = CitationReader.BODY_NUMBER;
    // The patterns below meet content: none repeats a group, because Java matches a repeated group
    // recursively and a long line would overflow the stack.
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");
    private static final Pattern LIST_OR_HEADING = Pattern.compile("^\\s*(?:[-+*]|\\d{1,9}[.)]|#{1,6})(?:\\s.*)?$");
    /** Lines that open an HTML block (CommonMark kinds 1 to 7), whose content is not parsed as Markdown. */
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}(?:<(?:script|pre|style|textarea|!--|\\?|![A-Za-z]|!\\[CDATA\\[)"
            + "|</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt"
            + "|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu"
            + "|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr"
            + "|track|ul)(?:[\\s/>]|$)|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>\\s*$)", Pattern.CASE_INSENSITIVE);

    /** Where a document number is left as written: already a link, code, or a heading. */
    private static final Set<String> NOT_LINKED = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    /** The Markdown that bodies are written in: CommonMark with tables and footnotes. */
    static MutableDataSet parserOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        return options;
    }

    /** The options of parsing bodies and of writing them as HTML. */
    static MutableDataSet rendererOptions() {
        MutableDataSet options = parserOptions();
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        return options;
    }

    public MarkdownRenderer() {
        MutableDataSet options = rendererOptions();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(PlainTextRenderer.FACTORY).build();
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
     *                    ids in the body are made to avoid them
     * @param words       the theme's labels, for what the body's headings and tables say to a screen reader
     * @param start       where the body starts in its file, for problems
     * @return the cleaned HTML, or located problems when the body is too long or too deep to render safely
     */
    public Parsed<String> toHtml(String markdown, Set<String> reservedIds, Labels words, SourcePos start) {
        return toHtml(markdown, reservedIds, NumberLinks.NONE, words, start);
    }

    /**
     * Where a document number written in a body links, if anywhere. The text after the number may say
     * which document it is ("122/KH-UBND ngày 27/5/2023 của UBND tỉnh").
     */
    @FunctionalInterface
    public interface NumberLinks {

        NumberLinks NONE = (number, text, end) -> Optional.empty();

        /**
         * @param number the number as written, ending at {@code end} of {@code text}
         * @return the href, or empty to leave the number as text
         */
        Optional<String> href(String number, String text, int end);
    }

    /**
     * @param numberLinks  document numbers to link where the body mentions them: number key to href
     * @param ownNumberKey the document's own number, which is never linked to itself
     */
    public Parsed<String> toHtml(String markdown, Set<String> reservedIds, Map<String, String> numberLinks, String ownNumberKey,
                                 Labels words, SourcePos start) {
        return toHtml(markdown, reservedIds, numberLinks.isEmpty() ? NumberLinks.NONE : (number, text, end) -> {
            String key = Folding.documentNumberKey(number);
            return key.equals(ownNumberKey) ? Optional.empty() : Optional.ofNullable(numberLinks.get(key));
        }, words, start);
    }

    /** @param numberLinks where document numbers written in the body link */
    public Parsed<String> toHtml(String markdown, Set<String> reservedIds, NumberLinks numberLinks, Labels words, SourcePos start) {
        Parsed<Element> body = toBody(markdown, reservedIds, numberLinks, words, start);
        return body.value().isPresent() ? Parsed.of(body.value().get().html(), List.of()) : Parsed.failed(body.problems());
    }

    /**
     * The body as {@link #toHtml} gives it and its outline, as {@code DocumentOutline.of(toHtml(…))}
     * gives them. A body with no {@code <} has no HTML of its own: everything in it is flexmark's, which
     * the allow-list keeps whole, and jsoup reads back what it wrote, so the outline is made on the tree
     * at hand instead of on the HTML parsed once more. A body with HTML in it is parsed again as before,
     * since the allow-list can leave elements where the parser would not put them, and parsing moves them.
     */
    public Parsed<DocumentOutline> toOutline(String markdown, Set<String> reservedIds, NumberLinks numberLinks, Labels words,
                                             SourcePos start) {
        Parsed<Element> body = toBody(markdown, reservedIds, numberLinks, words, start);
        if (body.value().isEmpty()) {
            return Parsed.failed(body.problems());
        }
        Element html = body.value().get();
        return Parsed.of(markdown.indexOf('<') < 0 ? DocumentOutline.of(html) : DocumentOutline.of(html.html()), List.of());
    }

    private Parsed<Element> toBody(String markdown, Set<String> reservedIds, NumberLinks numberLinks, Labels words, SourcePos start) {
        List<Problem> tooLong = longParagraphs(markdown, start);
        if (!tooLong.isEmpty()) {
            return Parsed.failed(tooLong);
        }
        com.vladsch.flexmark.util.ast.Node ast = parser.parse(markdown);
        Optional<com.vladsch.flexmark.util.ast.Node> tooDeep = deeperThan(ast, MAX_BLOCK_DEPTH);
        if (tooDeep.isPresent()) {
            return Parsed.failed(List.of(new Problem(start.shiftLines(tooDeep.get().getStartLineNumber()),
                    "block quotes or lists are nested more than " + MAX_BLOCK_DEPTH + " levels deep here; flatten them")));
        }
        String raw = renderer.render(ast);
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        if (depth(dirty.body()) > MAX_HTML_DEPTH) {
            return Parsed.failed(List.of(new Problem(start, "HTML in the body is nested more than " + MAX_HTML_DEPTH
                    + " elements deep (unclosed tags?); close or remove them")));
        }
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        demoteHeadings(clean);
        if (numberLinks != NumberLinks.NONE) {
            linkNumbers(clean.body(), numberLinks);
        }
        Set<String> used = dropClashingIds(clean, reservedIds);
        addHeadingIds(clean, used, words.get("body.heading_link"));
        wrapTables(clean, words.get("body.table"));
        return Parsed.of(clean.body(), List.of());
    }

    /**
     * Finds document numbers in the text ("Nghị quyết số 40-NQ/TU", "Kế hoạch 122/KH-UBND ngày
     * 27/5/2023") and links the ones the portal has a page for, outside existing links and code.
     */
    private static void linkNumbers(Element root, NumberLinks links) {
        List<TextNode> texts = new ArrayList<>();
        // skipping whole subtrees is one walk; asking each text node for its closest ancestor was a tenth of a build
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && NOT_LINKED.contains(e.normalName())) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t && nextNumberStart(t.getWholeText(), 0) >= 0) {
                texts.add(t);
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        for (TextNode text : texts) {
            String s = text.getWholeText();
            Matcher m = DOCUMENT_NUMBER.matcher(s);
            // the pattern is tried only where a number can start, its look-behind seeing the text before
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int last = 0;
            List<Node> parts = new ArrayList<>();
            String context = null;
            for (int from = 0; (from = nextNumberStart(s, from)) >= 0; ) {
                if (!m.region(from, s.length()).lookingAt()) {
                    from++;
                    continue;
                }
                from = m.end();
                if (context == null) {
                    context = s + following(text, FOLLOWING_CHARS);
                }
                Optional<String> href = links.href(m.group(), context, m.end());
                if (href.isEmpty()) {
                    continue;
                }
                parts.add(new TextNode(s.substring(last, m.start())));
                parts.add(new Element("a").attr("href", href.get()).addClass("doc-number-link").text(m.group()));
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

    /**
     * The first place from {@code from} on where {@link #DOCUMENT_NUMBER} can match: an ASCII digit after no
     * letter, digit or slash of the Basic Multilingual Plane (the pattern's look-behind); -1 if none. Where a
     * surrogate comes before, the pattern itself decides. Finding these by hand spares trying the pattern at
     * every character of a body.
     */
    static int nextNumberStart(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == 0) {
                    return i;
                }
                char before = s.charAt(i - 1);
                if (Character.isSurrogate(before) || !(before == '/' || (before >= '0' && before <= '9') || Character.isLetter(before))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** How much of the text after a number may say which document it is ("ngày 27/5/2023 của UBND tỉnh"). */
    private static final int FOLLOWING_CHARS = 200;

    /**
     * The text that follows a text node within its block, as far as {@code limit} characters: "**122/KH-UBND**
     * ngày 27/5/2023" bolds the number and leaves its date outside.
     */
    private static String following(TextNode text, int limit) {
        StringBuilder out = new StringBuilder();
        Node at = text;
        while (out.length() < limit) {
            Node next = at.nextSibling();
            while (next == null && at.parent() instanceof Element up && !up.isBlock()) {
                at = up;
                next = at.nextSibling();
            }
            if (next instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (next instanceof Element e && !e.isBlock()) {
                out.append(e.text());
            } else {
                break;
            }
            at = next;
        }
        return out.toString();
    }

    /**
     * Paragraphs over {@link #MAX_PARAGRAPH_CHARS}: runs of lines with no blank line, list item or
     * heading between them. In a table each cell is parsed on its own, so there each line is measured;
     * an HTML block is not parsed as Markdown at all.
     */
    static List<Problem> longParagraphs(String markdown, SourcePos start) {
        String[] lines = markdown.split("\n", -1);
        List<Problem> problems = new java.util.ArrayList<>();
        String fence = null;
        int runStart = -1;
        long runChars = 0;
        boolean html = false;
        boolean table = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (runStart >= 0 && html && !line.isBlank()) {
                // an HTML block runs to a blank line, whatever its lines look like ("* x" in a <pre>)
                continue;
            }
            var fenceStart = FENCE.matcher(line);
            String inner = line.substring(afterQuoteMarkers(line));
            boolean blank = inner.isBlank() || fenceStart.matches();
            if (blank || runStart < 0 || LIST_OR_HEADING.matcher(inner).matches()) {
                if (runStart >= 0 && !html && !table && runChars > MAX_PARAGRAPH_CHARS) {
                    problems.add(tooLong(start.shiftLines(runStart), runChars));
                }
                runStart = -1;
                runChars = 0;
            }
            if (fenceStart.matches()) {
                fence = fenceStart.group(1).substring(0, 3);
                continue;
            }
            if (blank) {
                continue;
            }
            if (runStart < 0) {
                runStart = i;
                html = HTML_BLOCK.matcher(line).find();
                table = i + 1 < lines.length && isTableDelimiter(lines[i + 1]);
            }
            runChars += line.length() + 1;
            if (table && line.length() > MAX_PARAGRAPH_CHARS) {
                problems.add(tooLong(start.shiftLines(i), line.length()));
            }
        }
        return problems;
    }

    /** Where a line's content starts after its block quote markers ("> > text"). */
    private static int afterQuoteMarkers(String line) {
        int i = 0;
        while (true) {
            int j = i;
            while (j < line.length() && j - i < 3 && line.charAt(j) == ' ') {
                j++;
            }
            if (j >= line.length() || line.charAt(j) != '>') {
                return i;
            }
            i = j + 1;
        }
    }

    /** The second line of a table: cells of dashes with optional colons, "|---|:--:|". */
    static boolean isTableDelimiter(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return false;
        }
        for (String cell : s.split("\\|", -1)) {
            String c = cell.strip();
            if (c.startsWith(":")) {
                c = c.substring(1);
            }
            if (c.endsWith(":")) {
                c = c.substring(0, c.length() - 1);
            }
            if (c.isEmpty() || !c.chars().allMatch(ch -> ch == '-')) {
                return false;
            }
        }
        return true;
    }

    private static Problem tooLong(SourcePos pos, long chars) {
        return new Problem(pos, String.format(Locale.ROOT,
                "this paragraph is %,d characters long; break it up with blank lines (at most %,d characters each)",
                chars, MAX_PARAGRAPH_CHARS));
    }

    /** The first node nested more than {@code limit} levels below the root, found without recursion. */
    static Optional<com.vladsch.flexmark.util.ast.Node> deeperThan(com.vladsch.flexmark.util.ast.Node root, int limit) {
        Deque<com.vladsch.flexmark.util.ast.Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            com.vladsch.flexmark.util.ast.Node node = stack.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return Optional.of(node);
            }
            for (com.vladsch.flexmark.util.ast.Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }

    /** How many elements deep a tree goes, found without recursion. */
    private static int depth(Element root) {
        int max = 0;
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(d + 1);
            }
        }
        return max;
    }

    /**
     * Content may set ids, but not one the page already has or one used twice: a second "noi-dung" would
     * take over the skip link, and duplicate ids are invalid HTML. Returns every id now in use.
     */
    private static Set<String> dropClashingIds(Document doc, Set<String> reservedIds) {
        Set<String> used = new HashSet<>(reservedIds);
        for (Element e : doc.select("[id]")) {
            if (!used.add(e.id())) {
                e.removeAttr("id");
            }
        }
        return used;
    }

    /**
     * A body sits under the page's own h1 and a "Toàn văn" h2, so its # becomes h2, ## h3, and so on;
     * and no heading is more than one level below the one before it (a body that starts at ### gets h3,
     * not h4), so the page's outline has no gaps for a screen reader to stumble over.
     */
    private static void demoteHeadings(Document doc) {
        int previous = 2;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(Math.min(6, h.tagName().charAt(1) - '0' + 1), previous + 1);
            h.tagName("h" + level);
            previous = level;
        }
    }

    /** ASCII ids from the heading text, so a section can be linked: "1. Đánh giá chung" gets #muc-1-danh-gia-chung. */
    private static void addHeadingIds(Document doc, Set<String> used, String linkLabel) {
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            if (!h.id().isEmpty()) {
                continue;
            }
            String base = Folding.slug(h.text());
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
                    .attr("aria-label", linkLabel).text("#");
        }
    }

    /** Wide tables scroll sideways on a phone instead of breaking the page. */
    private static void wrapTables(Document doc, String tableLabel) {
        for (Element table : doc.select("table")) {
            table.wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"></div>");
            // set as an attribute, not written into the markup, so the theme's words are escaped
            table.parent().attr("aria-label", tableLabel);
        }
    }
}
