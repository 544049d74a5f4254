package congkhai.load;

import congkhai.model.DocType;
import congkhai.model.Signer;
import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.SourcePos;

import java.util.List;
import java.util.Optional;

/**
 * A document record as read from its Markdown file, before cross-references are checked.
 *
 * @param id        path under content/ without extension, '/'-separated
 * @param path      the file as errors name it, e.g. {@code content/plans/kh-122.md}
 * @param number    số ký hiệu, empty text when the document has none yet
 * @param body      the Markdown after the front matter
 * @param bodyLine  the file line the body starts on
 * @param directives what the document asks of no one in particular, kept apart from its tasks
 * @param aliases   old addresses of its page, as paths under the site root ({@link Aliases#path})
 */
public record DocumentSource(
        String id,
        String path,
        DocType type,
        String title,
        PartialDate date,
        Located<String> number,
        Optional<Located<String>> issuer,
        Optional<Signer> signer,
        List<Located<String>> topics,
        List<Located<String>> refs,
        List<TaskSource> tasks,
        Optional<String> sourceUrl,
        List<Located<String>> attachments,
        List<Located<String>> aliases,
        boolean draft,
        String editorNote,
        MarkdownBody body,
        int bodyLine,
        SourcePos pos,
        List<DirectiveSource> directives) {

    public DocumentSource {
        topics = List.copyOf(topics);
        refs = List.copyOf(refs);
        tasks = List.copyOf(tasks);
        attachments = List.copyOf(attachments);
        directives = List.copyOf(directives);
        aliases = List.copyOf(aliases);
    }

    /** The same record with its body kept elsewhere. */
    DocumentSource withBody(MarkdownBody other) {
        return new DocumentSource(id, path, type, title, date, number, issuer, signer, topics, refs, tasks, sourceUrl,
                attachments, aliases, draft, editorNote, other, bodyLine, pos, directives);
    }
}
