package congkhai.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import congkhai.base.SourcePos;

import java.util.regex.Pattern;

/**
 * The words a reader sees in a Markdown body, from flexmark's tree, as the page renders it: a line
 * per line of a paragraph, heading, table row (cells joined by " · ") or code block; markup that only
 * formats, link targets, footnote references and HTML tags left out. Search cuts these lines into
 * its passages.
 */
public final class MarkdownText {

    /** Immutable once built, and safe for the indexing threads to share. */
    private static final Parser PARSER = Parser.builder(MarkdownRenderer.parserOptions()).build();
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final String CELL_SEPARATOR = " · ";

    private MarkdownText() {
    }

    /**
     * The plain text of {@code markdown}. A body that the build would refuse to render (a paragraph
     * too long, blocks nested too deep; only an export reads bodies without rendering them) is taken
     * line for line as written, so no input makes the parser slow or this walk deep.
     */
    public static String of(String markdown) {
        if (!MarkdownRenderer.longParagraphs(markdown, SourcePos.startOf("body")).isEmpty()) {
            return markdown;
        }
        Node document = PARSER.parse(markdown);
        if (MarkdownRenderer.deeperThan(document, MarkdownRenderer.MAX_BLOCK_DEPTH).isPresent()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        blocks(document, out, "");
        return out.toString();
    }

    /** The blocks under {@code parent}, the first line after {@code prefix} (an ordered item's number). */
    private static void blocks(Node parent, StringBuilder out, String prefix) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading) {
                out.append(prefix);
                inline(n, out);
                out.append('\n');
            } else if (n instanceof TableBlock) {
                tableRows(n, out);
            } else if (n instanceof FencedCodeBlock code) {
                out.append(prefix).append(code.getContentChars().trimEOL()).append('\n');
            } else if (n instanceof IndentedCodeBlock code) {
                out.append(prefix).append(code.getContentChars().trimEOL()).append('\n');
            } else if (n instanceof HtmlBlock) {
                // the page shows an HTML block's text, cleaned; its tags are no words
                out.append(prefix).append(TAG.matcher(n.getChars().trimEOL()).replaceAll(" ")).append('\n');
            } else if (n instanceof OrderedListItem item) {
                // a reader sees the item's number, as written
                blocks(n, out, prefix + item.getOpeningMarker() + " ");
            } else if (!(n instanceof ThematicBreak || n instanceof Reference || n instanceof HtmlCommentBlock)) {
                blocks(n, out, prefix);
            } else {
                continue;
            }
            prefix = "";
        }
    }

    private static void tableRows(Node block, StringBuilder out) {
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                StringBuilder line = new StringBuilder();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        StringBuilder text = new StringBuilder();
                        inline(cell, text);
                        line.append(line.isEmpty() ? "" : CELL_SEPARATOR).append(text.toString().strip());
                    }
                }
                out.append(line).append('\n');
            }
        }
    }

    private static void inline(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof HtmlEntity) {
                out.append(PlainTextRenderer.unescaped(n.getChars()));
            } else if (n instanceof Code code) {
                out.append(code.getText());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append('\n');
            } else if (n instanceof Image image) {
                out.append(image.getText().unescape());
            } else if (n instanceof ImageRef image) {
                out.append(image.getText().unescape());
            } else if (n instanceof AutoLink link) {
                out.append(link.getText());
            } else if (n instanceof MailLink link) {
                out.append(link.getText());
            } else if (n instanceof HtmlInline) {
                out.append(' ');
            } else if (!(n instanceof Footnote || n instanceof HtmlInlineComment)) {
                inline(n, out);
            }
        }
    }
}
