package congkhai.author;

import congkhai.base.Lang;
import congkhai.load.MarkdownBody;
import congkhai.model.DocType;
import congkhai.text.Folding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The text of new source records: file names and front matter a webmaster then fills in. */
public final class RecordText {

    private static final int SLUG_LIMIT = 60;

    private RecordText() {
    }

    /** The content folder a type's records go in: {@code plans/} for plans. */
    private static String folderOf(DocType type) {
        return switch (type) {
            case NEWS -> "news";
            default -> type.code() + "s";
        };
    }

    /** {@code plans/2025-06-30-ke-hoach-kiem-ke-dat-dai.md}: date first, so a folder lists in date order. */
    public static String pathFor(DocType type, String isoDate, String title) {
        String slug = Folding.slug(title);
        if (slug.length() > SLUG_LIMIT) {
            int cut = slug.lastIndexOf('-', SLUG_LIMIT);
            slug = slug.substring(0, cut > 20 ? cut : SLUG_LIMIT);
        }
        return folderOf(type) + "/" + isoDate + (slug.isEmpty() ? "" : "-" + slug) + ".md";
    }

    /** A YAML double-quoted scalar: safe for any text, including "no", "#" and ": ". */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A draft record of {@code type}, dated {@code today}, with every optional field shown as a comment in {@code lang}. */
    public static String newRecord(DocType type, String title, LocalDate today, Lang lang) {
        boolean vi = lang == Lang.VI;
        return "---\n"
                + "type: " + type.code() + "\n"
                + "title: " + quote(title) + "\n"
                + "date: " + today + (vi ? "                 # YYYY-MM-DD; hoặc YYYY-MM / YYYY khi văn bản để trống ngày\n"
                        : "                 # YYYY-MM-DD, or YYYY-MM / YYYY when the day is left blank\n")
                + "number: \"\"" + (vi ? "                       # số ký hiệu, ví dụ \"45/KH-UBND\"\n" : "                       # số ký hiệu, e.g. \"45/KH-UBND\"\n")
                + "# issuer: ubnd-tp" + (vi ? "                  # mã cơ quan ban hành trong site-config.yml\n" : "                  # an agency id from site-config.yml\n")
                + "# signer: {name: \"\", position: \"\"}" + (vi ? "   # người ký: họ tên, chức vụ\n" : "\n")
                + "topics: []" + (vi ? "                         # mã chủ đề trong site-config.yml\n" : "                         # topic ids from site-config.yml\n")
                + "refs: []" + (vi ? "                           # mã bản ghi hoặc số hiệu các văn bản làm căn cứ\n"
                        : "                           # record ids or numbers of the documents it is based on\n")
                + "# source: \"https://...\"" + (vi ? "           # nơi công bố bản gốc\n" : "           # where the original was published\n")
                + "# attachments: [ten-tep.pdf]" + (vi ? "        # tệp đính kèm đặt cạnh bản ghi này\n" : "        # files next to this record\n")
                + "draft: true" + (vi ? "                        # bản nháp: được kiểm tra nhưng chưa công bố; xóa dòng này để công bố\n"
                        : "                        # checked but not published; remove to publish\n")
                + "# tasks:\n"
                + "#   - id: t1\n"
                + "#     title: \"\"\n"
                + "#     lead: ubnd-tp" + (vi ? "                 # cơ quan chủ trì\n" : "                 # agency that leads (chủ trì)\n")
                + "#     support: []" + (vi ? "                   # cơ quan phối hợp\n" : "                   # agencies that assist (phối hợp)\n")
                + "#     due: " + today.getYear() + "-12-31" + (vi ? "               # thời hạn\n" : "\n")
                + "---\n"
                + "\n"
                + MarkdownBody.PLACEHOLDER + "\n";
    }

    /** The draft record's file, front matter with {@code # REVIEW:} comments above uncertain fields, and body. */
    static String imported(PlainTextImporter.Imported doc, LocalDate today) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("# Imported from plain text by congkhai. Check every field marked REVIEW, then remove draft: true.\n");
        y.append("type: ").append(doc.type().code()).append('\n');
        reviewComment(y, doc.review(), "title");
        y.append("title: ").append(quote(doc.title().isEmpty() ? "(chưa có trích yếu)" : doc.title())).append('\n');
        reviewComment(y, doc.review(), "date");
        y.append("date: ").append(doc.date().orElse(today.toString())).append('\n');
        if (doc.type() != DocType.NEWS) {
            reviewComment(y, doc.review(), "number");
            y.append("number: ").append(quote(doc.number())).append('\n');
            reviewComment(y, doc.review(), "issuer");
            doc.issuer().ifPresentOrElse(i -> y.append("issuer: ").append(i).append('\n'), () -> y.append("# issuer: \n"));
            reviewComment(y, doc.review(), "signer");
            doc.signerName().ifPresent(n -> y.append("signer: {name: ").append(quote(n)).append(", position: ")
                    .append(quote(doc.signerPosition())).append("}\n"));
        }
        reviewComment(y, doc.review(), "type");
        reviewComment(y, doc.review(), "body");
        y.append("draft: true\n");
        if (!doc.tasks().isEmpty() || doc.review().containsKey("tasks")) {
            reviewComment(y, doc.review(), "tasks");
        }
        if (!doc.tasks().isEmpty()) {
            y.append("tasks:\n");
            int n = 1;
            for (PlainTextImporter.ImportedTask t : doc.tasks()) {
                if (!t.review().isEmpty()) {
                    y.append("  # REVIEW task: ").append(t.review()).append('\n');
                }
                y.append("  - id: t").append(n++).append('\n');
                y.append("    title: ").append(quote(t.title())).append('\n');
                y.append("    lead: ").append(idList(t.leads())).append('\n');
                if (!t.support().isEmpty()) {
                    y.append("    support: ").append(idList(t.support())).append('\n');
                }
                t.due().ifPresent(d -> y.append("    due: ").append(d).append('\n'));
                if (!t.dueText().isEmpty()) {
                    y.append("    due_text: ").append(quote(t.dueText())).append('\n');
                }
            }
        }
        y.append("---\n\n").append(doc.body());
        return y.toString();
    }

    private static String idList(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : "[" + String.join(", ", ids) + "]";
    }

    private static void reviewComment(StringBuilder y, Map<String, String> review, String field) {
        if (review.containsKey(field)) {
            y.append("# REVIEW ").append(field).append(": ").append(review.get(field).replace('\n', ' ')).append('\n');
        }
    }
}
