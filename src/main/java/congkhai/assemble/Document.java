package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.config.Agency;
import congkhai.config.Topic;
import congkhai.load.DocType;
import congkhai.load.MarkdownBody;
import congkhai.load.Signer;

import java.util.List;
import java.util.Optional;

/**
 * A published document with its references resolved both ways.
 *
 * @param path     its page under the site root: {@code conclusions/2025-03-18-phien-hop/}
 * @param refs     what it is based on or answers ("Văn bản liên quan")
 * @param citedBy  the records that cite it ("Được dẫn chiếu bởi")
 * @param reportsOn progress updates that name this document as their evidence
 * @param body     Markdown
 * @param bodyLine the line of its source file the body starts on
 * @param identifier a stable identifier, unique across years and issuers: {@code ubnd-tinh/2023/122-kh-ubnd}
 *                   (issuer, year, number), {@code 2023/122-kh-ubnd} without an issuer, and
 *                   {@code van-ban/<id>} for a record without a number (see docs/content-format.md §3)
 * @param numberPath the page of its number, which lists every document with it; empty without a number
 * @param sameNumber how many other documents that page lists
 */
public record Document(
        String id,
        String path,
        DocType type,
        String title,
        PartialDate date,
        String number,
        Optional<Agency> issuer,
        Optional<Signer> signer,
        List<Topic> topics,
        List<DocLink> refs,
        List<DocLink> citedBy,
        List<Task> tasks,
        List<Evidence> reportsOn,
        Optional<String> sourceUrl,
        List<Attachment> attachments,
        String editorNote,
        MarkdownBody body,
        int bodyLine,
        String sourcePath,
        String identifier,
        String numberPath,
        int sameNumber) {

    public Document {
        topics = List.copyOf(topics);
        refs = List.copyOf(refs);
        citedBy = List.copyOf(citedBy);
        tasks = List.copyOf(tasks);
        reportsOn = List.copyOf(reportsOn);
        attachments = List.copyOf(attachments);
    }

    /**
     * The year that, with the number and the issuer, tells this document from every other: the year
     * its number carries ("12/2023/NQ-HĐND"), or the year of its date.
     */
    public int identityYear() {
        return CitationReader.ownYear(congkhai.base.Text.documentNumberKey(number)).orElse(date.year());
    }

    /** "Số 122/KH-UBND ngày 27/05/2023 của Ủy ban nhân dân tỉnh Lạng Sơn"; "Chưa có số, tháng 3/2025 …" without a number. */
    public String identity() {
        String issued = (date.isDay() ? "ngày " : "") + date.display() + issuer.map(a -> " của " + a.name()).orElse("");
        return number.isEmpty() ? "Chưa có số, " + issued : "Số " + number + " " + issued;
    }
}
