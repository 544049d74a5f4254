package congkhai.load;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.SourcePos;
import congkhai.model.DocType;
import congkhai.model.Signer;

import java.util.List;
import java.util.Optional;

/**
 * A document record as read from its Markdown file, before cross-references are checked.
 *
 * @param id        path under content/ without extension, '/'-separated
 * @param path      the file as errors name it, e.g. {@code content/plans/kh-122.md}
 * @param number    số ký hiệu, empty text when the document has none yet
 * @param directives what the document asks of no one in particular, kept apart from its tasks
 * @param aliases   old addresses of its page, as paths under the site root ({@link Aliases#path})
 * @param own       what only its own page shows: body, signer, source link, editor's note
 */
public record DocumentSource(
        String id,
        String path,
        DocType type,
        String title,
        PartialDate date,
        Located<String> number,
        Optional<Located<String>> issuer,
        List<Located<String>> topics,
        List<Located<String>> refs,
        List<TaskSource> tasks,
        List<Located<String>> attachments,
        List<Located<String>> aliases,
        boolean draft,
        SourcePos pos,
        List<DirectiveSource> directives,
        OwnFields own) {

    public DocumentSource {
        topics = List.copyOf(topics);
        refs = List.copyOf(refs);
        tasks = List.copyOf(tasks);
        attachments = List.copyOf(attachments);
        directives = List.copyOf(directives);
        aliases = List.copyOf(aliases);
    }

    /** The same record with {@code other} own fields: equal to an edited record when the edit changed only those. */
    public DocumentSource withOwn(OwnFields other) {
        return new DocumentSource(id, path, type, title, date, number, issuer, topics, refs, tasks, attachments, aliases, draft,
                pos, directives, other);
    }

    /**
     * The same record with {@code other}'s title, date, tasks and own fields: equal to {@code other}
     * when an edit changed only those.
     */
    public DocumentSource withEditableFieldsOf(DocumentSource other) {
        return new DocumentSource(id, path, type, other.title, other.date, number, issuer, topics, refs, other.tasks, attachments,
                aliases, draft, pos, directives, other.own);
    }

    /** The same record with its body kept elsewhere. */
    DocumentSource withBody(MarkdownBody other) {
        return withOwn(own.withBody(other));
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

    /** The Markdown after the front matter. */
    public MarkdownBody body() {
        return own.body();
    }

    /** The file line the body starts on. */
    public int bodyLine() {
        return own.bodyLine();
    }
}
