package congkhai.author;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of an imported JBake page. A Markdown file is kept as written when congkhai's Markdown
 * renders it as JBake did (JBake's pegdown-flavoured flexmark breaks lines, links bare addresses and
 * curls quotes where CommonMark does not); otherwise, and for HTML and AsciiDoc, the body is the HTML
 * JBake rendered, written so that congkhai's Markdown reads it as one block of HTML, untouched. Either
 * way every link and image is rewritten for the new portal.
 */
final class JBakeBody {

    /** What becomes of one link or image source. */
    sealed interface Rewrite permits Keep, To, Drop {
    }

    record Keep() implements Rewrite {
    }

    record To(String href) implements Rewrite {
    }

    /** The link led nowhere: the text (or an image's alt text) stays, the link goes. */
    record Drop() implements Rewrite {
    }

    /** The elements whose counts must agree for a Markdown file to be kept as written. */
    private static final List<String> COUNTED = List.of("a", "img", "br", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li",
            "table", "pre", "code", "blockquote", "em", "strong", "hr", "dl", "del");
    /** Inside these, line breaks are text and must be kept. */
    private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "xmp", "plaintext");
    /** A text longer than this outside preformatted text is broken into lines, which congkhai measures one by one. */
    private static final int LINE_LIMIT = 1000;
    private static final String NEWLINE_MARK = "\uE000";

    private final Parser parser;
    private final HtmlRenderer renderer;

    JBakeBody() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * How congkhai's rendering of {@code markdown} differs from the HTML JBake made of it, or empty
     * when a reader sees the same text, links, images and structure.
     */
    Optional<String> differs(String markdown, String jbakeHtml) {
        Element ours = Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown))).body();
        Element theirs = Jsoup.parseBodyFragment(jbakeHtml).body();
        if (!ours.text().equals(theirs.text())) {
            return Optional.of("its text (JBake's Markdown makes typographic quotes and dashes, or links bare addresses)");
        }
        for (String tag : COUNTED) {
            int a = ours.select(tag).size();
            int b = theirs.select(tag).size();
            if (a != b) {
                return Optional.of(b + " <" + tag + "> where congkhai makes " + a
                        + (tag.equals("br") ? " (JBake breaks lines where the file does)" : ""));
            }
        }
        if (!ours.select("a[href]").eachAttr("href").equals(theirs.select("a[href]").eachAttr("href"))
                || !ours.select("img").eachAttr("src").equals(theirs.select("img").eachAttr("src"))) {
            return Optional.of("its links");
        }
        return Optional.empty();
    }

    /**
     * {@code markdown} with the destination of every link, image and link reference rewritten in
     * place; empty when a link must be dropped or is written in raw HTML, which only the HTML form can do.
     */
    Optional<String> rewriteMarkdown(String markdown, Function<String, Rewrite> rewrite) {
        Node doc = parser.parse(markdown);
        record Edit(int start, int end, String text) {
        }
        List<Edit> edits = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        doc.getDescendants().forEach(nodes::add);
        for (Node n : nodes) {
            BasedSequence url = n instanceof Link l ? l.getUrl() : n instanceof Image i ? i.getUrl()
                    : n instanceof Reference r ? r.getUrl() : n instanceof AutoLink a ? a.getText() : BasedSequence.NULL;
            if ((n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) && n.getChars().toString().matches("(?is).*\\b(href|src)\\s*=.*")) {
                return Optional.empty();
            }
            if (url.isNull() || url.isEmpty()) {
                continue;
            }
            Rewrite r = rewrite.apply(url.toString());
            if (r instanceof Drop) {
                return Optional.empty();
            }
            if (r instanceof To to) {
                edits.add(n instanceof AutoLink a
                        ? new Edit(a.getStartOffset(), a.getEndOffset(), "[" + escape(url.toString()) + "](" + to.href() + ")")
                        : new Edit(url.getStartOffset(), url.getEndOffset(), to.href()));
            }
        }
        StringBuilder out = new StringBuilder(markdown);
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        for (Edit e : edits) {
            out.replace(e.start(), e.end(), e.text());
        }
        return Optional.of(out.toString());
    }

    /** The HTML of a body with its links rewritten, as a Markdown body (see the class comment). */
    String rewriteHtml(String html, Function<String, Rewrite> rewrite) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        List<Comment> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment c) {
                comments.add(c);
            }
        }, body);
        comments.forEach(Comment::remove);
        for (Element a : body.select("a[href]")) {
            Rewrite r = rewrite.apply(a.attr("href"));
            if (r instanceof To to) {
                a.attr("href", to.href());
            } else if (r instanceof Drop) {
                a.unwrap();
            }
        }
        for (Element e : body.select("img[src], source[src], video[src], audio[src], video[poster]")) {
            String attr = e.hasAttr("src") ? "src" : "poster";
            Rewrite r = rewrite.apply(e.attr(attr));
            if (r instanceof To to) {
                e.attr(attr, to.href());
            } else if (r instanceof Drop) {
                if (e.normalName().equals("img") && !e.attr("alt").isBlank()) {
                    e.replaceWith(new TextNode(e.attr("alt")));
                } else {
                    e.remove();
                }
            }
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
            } else if (node instanceof Element e) {
                // a line break in an attribute would make a blank line too
                e.attributes().forEach(a -> a.setValue(a.getValue().replaceAll("\\s*\\n\\s*", " ")));
            }
        }, body);
        // texts side by side (where a link was taken away) are one text, whose lines are counted together
        for (int i = texts.size() - 1; i > 0; i--) {
            TextNode t = texts.get(i);
            if (t.previousSibling() == texts.get(i - 1)) {
                texts.get(i - 1).text(texts.get(i - 1).getWholeText() + t.getWholeText());
                t.remove();
                texts.remove(i);
            }
        }
        for (TextNode t : texts) {
            t.text(preformatted(t) ? markBlankLines(t.getWholeText()) : shortLines(t.getWholeText()));
        }
        String out = body.html().replace(NEWLINE_MARK, "&#10;").strip();
        return "<div>\n" + out + "\n</div>\n";
    }

    private static boolean preformatted(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (PREFORMATTED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Preformatted text with every line that would be blank ended by a character reference instead
     * of a line break: a blank line would end the HTML block, and the rest would be read as Markdown.
     */
    private static String markBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            // the text's first line goes on after the tag before it, so only later lines can be blank
            sb.append(lines[i - 1].isBlank() && i > 1 ? NEWLINE_MARK : "\n").append(lines[i]);
        }
        return sb.toString();
    }

    /** Text outside preformatted text, where white space is one space: no blank lines, and no line too long. */
    private static String shortLines(String text) {
        String s = text.replaceAll("[ \\t]*\\n[\\s]*\\n[ \\t]*", "\n");
        if (s.length() <= LINE_LIMIT) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int lineLength = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && lineLength >= LINE_LIMIT) {
                sb.append('\n');
                lineLength = 0;
            } else {
                sb.append(c);
                lineLength = c == '\n' ? 0 : lineLength + 1;
            }
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
