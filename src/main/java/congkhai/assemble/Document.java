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
        String sourcePath) {

    public Document {
        topics = List.copyOf(topics);
        refs = List.copyOf(refs);
        citedBy = List.copyOf(citedBy);
        tasks = List.copyOf(tasks);
        reportsOn = List.copyOf(reportsOn);
        attachments = List.copyOf(attachments);
    }
}
