package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.load.MarkdownBody;
import congkhai.load.OwnFields;
import congkhai.model.Agency;
import congkhai.model.Attachment;
import congkhai.model.Directive;
import congkhai.model.DocLink;
import congkhai.model.DocType;
import congkhai.model.Evidence;
import congkhai.model.Signer;
import congkhai.model.Task;
import congkhai.model.Topic;

import java.util.List;
import java.util.Optional;

/**
 * A published document with its references resolved both ways.
 *
 * @param path     its page under the site root: {@code conclusions/2025-03-18-phien-hop/}
 * @param refs     what it is based on or answers ("Văn bản liên quan")
 * @param citedBy  the records that cite it ("Được dẫn chiếu bởi")
 * @param reportsOn progress updates that name this document as their evidence
 * @param sourcePath its file, as errors name it: {@code content/plans/kh-122.md}
 * @param tasks    every task in the order written, sub-tasks included
 * @param directives what it asks of no one in particular, apart from its tasks
 * @param identifier a stable identifier, unique across years and issuers: {@code ubnd-tinh/2023/122-kh-ubnd}
 *                   (issuer, year, number), {@code 2023/122-kh-ubnd} without an issuer, and
 *                   {@code van-ban/<id>} for a record without a number (see docs/content-format.md §3)
 * @param numberPath the page of its number, which lists every document with it; empty without a number
 * @param sameNumber how many other documents that page lists
 * @param own      what only its own page shows, the same value as its source's
 */
public record Document(
        String id,
        String path,
        DocType type,
        String title,
        PartialDate date,
        String number,
        Optional<Agency> issuer,
        List<Topic> topics,
        List<DocLink> refs,
        List<DocLink> citedBy,
        List<Task> tasks,
        List<Evidence> reportsOn,
        List<Attachment> attachments,
        String sourcePath,
        List<Directive> directives,
        String identifier,
        String numberPath,
        int sameNumber,
        OwnFields own) {

    public Document {
        topics = List.copyOf(topics);
        refs = List.copyOf(refs);
        citedBy = List.copyOf(citedBy);
        tasks = List.copyOf(tasks);
        reportsOn = List.copyOf(reportsOn);
        attachments = List.copyOf(attachments);
        directives = List.copyOf(directives);
    }

    /** The same document with {@code other} own fields: what an edit of those alone makes of it. */
    public Document withOwn(OwnFields other) {
        return new Document(id, path, type, title, date, number, issuer, topics, refs, citedBy, tasks, reportsOn, attachments,
                sourcePath, directives, identifier, numberPath, sameNumber, other);
    }

    /** The same document with {@code others} as its tasks and {@code reports} as what reports on them name it. */
    Document withTasks(List<Task> others, List<Evidence> reports) {
        return new Document(id, path, type, title, date, number, issuer, topics, refs, citedBy, others, reports, attachments,
                sourcePath, directives, identifier, numberPath, sameNumber, own);
    }

    /** The same document with {@code otherTitle} and {@code otherDate}, and these links to the documents it cites and that cite it. */
    Document withLinks(String otherTitle, PartialDate otherDate, List<DocLink> otherRefs, List<DocLink> otherCitedBy) {
        return new Document(id, path, type, otherTitle, otherDate, number, issuer, topics, otherRefs, otherCitedBy, tasks, reportsOn,
                attachments, sourcePath, directives, identifier, numberPath, sameNumber, own);
    }

    public Optional<Signer> signer() {
        return own.signer();
    }

    public Optional<String> sourceUrl() {
        return own.sourceUrl();
    }

    public String editorNote() {
        return own.editorNote();
    }

    /** Markdown. */
    public MarkdownBody body() {
        return own.body();
    }

    /** The line of its source file the body starts on. */
    public int bodyLine() {
        return own.bodyLine();
    }

    /** Its title begins with the name of its type, which a page then does not repeat before it. */
    public boolean titleNamesType() {
        return type.namedIn(title);
    }

    /** Its tasks without a parent, in the order written; each carries its sub-tasks. */
    public List<Task> topLevelTasks() {
        return tasks.stream().filter(t -> t.parent().isEmpty()).toList();
    }

    /** The tasks counted in totals: a task divided into sub-tasks is counted through them. */
    public List<Task> countedTasks() {
        return tasks.stream().filter(Task::counted).toList();
    }

    /**
     * The year that, with the number and the issuer, tells this document from every other: the year
     * its number carries ("12/2023/NQ-HĐND"), or the year of its date.
     */
    public int identityYear() {
        return CitationReader.ownYear(congkhai.text.Folding.documentNumberKey(number)).orElse(date.year());
    }

    /** "Số 122/KH-UBND ngày 27/05/2023 của Ủy ban nhân dân tỉnh Lạng Sơn"; "Chưa có số, tháng 3/2025 …" without a number; "Ngày 08/04/2022 …" for news, which never has one. */
    public String identity() {
        String issued = (date.isDay() ? "ngày " : "") + date.display() + issuer.map(a -> " của " + a.name()).orElse("");
        if (!number.isEmpty()) {
            return "Số " + number + " " + issued;
        }
        return type.numbered() ? "Chưa có số, " + issued : Character.toUpperCase(issued.charAt(0)) + issued.substring(1);
    }
}
