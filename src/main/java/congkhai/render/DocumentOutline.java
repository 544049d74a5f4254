package congkhai.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered body's table of contents, and the body with its long sections made collapsible. A
 * reader on a phone sees the contents first and can skip a section of several screens; the sections
 * stay open, so the text is there for search in the page, for print and without JavaScript.
 *
 * @param html the body, its long top-level sections each in an open {@code <details>}
 * @param toc  the body's top-level headings, each with the headings one level below it
 */
public record DocumentOutline(String html, List<Entry> toc) {

    /** A section longer than this many characters of text can be collapsed. */
    static final int LONG_SECTION = 2500;
    /** A contents with more entries than this shows only its top level on a phone. */
    static final int LONG_TOC = 12;

    public DocumentOutline {
        toc = List.copyOf(toc);
    }

    /** One heading: its id on the page, its text, the headings under it. */
    public record Entry(String id, String text, List<Entry> children) {
        public Entry {
            children = List.copyOf(children);
        }
    }

    /** Entries at both levels. */
    public int size() {
        return toc.stream().mapToInt(e -> 1 + e.children().size()).sum();
    }

    public boolean isLong() {
        return size() > LONG_TOC;
    }

    /** The outline of a body's HTML, parsed. */
    static DocumentOutline of(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        return of(doc.body(), bodyHtml);
    }

    /**
     * The outline of a body already parsed, written without pretty-printing; its long sections are
     * collapsed in place.
     */
    static DocumentOutline of(Element body) {
        return of(body, null);
    }

    /** @param bodyHtml the body's HTML, if it is at hand: returned as it is when there is no heading */
    private static DocumentOutline of(Element body, String bodyHtml) {
        List<Element> headings = new ArrayList<>();
        for (Element child : body.children()) {
            if (isHeading(child) && child.hasAttr("id")) {
                headings.add(child);
            }
        }
        if (headings.isEmpty()) {
            return new DocumentOutline(bodyHtml != null ? bodyHtml : body.html(), List.of());
        }
        int top = headings.stream().mapToInt(DocumentOutline::level).min().orElseThrow();
        List<Entry> toc = new ArrayList<>();
        List<Entry> children = null;
        Element current = null;
        for (Element h : headings) {
            if (level(h) == top) {
                if (current != null) {
                    toc.add(new Entry(current.id(), text(current), children));
                }
                current = h;
                children = new ArrayList<>();
            } else if (level(h) == top + 1 && current != null) {
                children.add(new Entry(h.id(), text(h), List.of()));
            }
        }
        if (current != null) {
            toc.add(new Entry(current.id(), text(current), children));
        }
        for (Element h : headings) {
            if (level(h) == top) {
                collapseIfLong(h, top);
            }
        }
        return new DocumentOutline(body.html(), toc);
    }

    /** The heading's words, without its "#" link. */
    private static String text(Element h) {
        Element copy = h.clone();
        copy.select("a.anchor").remove();
        return copy.text();
    }

    /** h2 to h6: what {@code normalName().matches("h[2-6]")} said, without compiling the pattern at each node. */
    private static boolean isHeading(Element e) {
        String name = e.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6';
    }

    private static int level(Element h) {
        return h.normalName().charAt(1) - '0';
    }

    /**
     * Puts a long section (its heading and what follows, up to the next heading of its level or
     * above) in an open {@code <details>} whose summary is the heading. The heading's "#" link goes:
     * a link inside a summary, itself a button, is a control inside a control.
     */
    private static void collapseIfLong(Element heading, int top) {
        List<Node> section = new ArrayList<>();
        int length = 0;
        for (Node n = heading.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element e && isHeading(e) && level(e) <= top) {
                break;
            }
            section.add(n);
            // past the limit the section is long whatever follows: its nodes are still needed, their text not
            if (length < LONG_SECTION) {
                length += n instanceof Element e ? e.text().length() : n.outerHtml().length();
            }
        }
        if (length < LONG_SECTION) {
            return;
        }
        Element details = new Element("details").addClass("doc-section").attr("open", true);
        heading.before(details);
        Element summary = details.appendElement("summary");
        heading.select("a.anchor").remove();
        summary.appendChild(heading);
        for (Node n : section) {
            details.appendChild(n);
        }
    }
}
