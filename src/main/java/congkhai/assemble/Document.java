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
 * @param tasks    every task in the order written, sub-tasks included
 * @param directives what it asks of no one in particular, apart from its tasks
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
        List<Directive> directives) {

    public Document {
        topics = List.copyOf(topics);
        refs = List.copyOf(refs);
        citedBy = List.copyOf(citedBy);
        tasks = List.copyOf(tasks);
        reportsOn = List.copyOf(reportsOn);
        attachments = List.copyOf(attachments);
        directives = List.copyOf(directives);
    }

    /** Its tasks without a parent, in the order written; each carries its sub-tasks. */
    public List<Task> topLevelTasks() {
        return tasks.stream().filter(t -> t.parent().isEmpty()).toList();
    }

    /** The tasks counted in totals: a task divided into sub-tasks is counted through them. */
    public List<Task> countedTasks() {
        return tasks.stream().filter(Task::counted).toList();
    }
}
