package congkhai.search;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.base.PartialDate;
import congkhai.load.Labels;
import congkhai.model.Agency;
import congkhai.model.Task;
import congkhai.model.Topic;
import congkhai.model.Update;
import congkhai.render.MarkdownText;
import congkhai.text.Nfc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records search covers, newest document first and each document's tasks right after it.
 * This order is the index's document order, so "newest first" is simply ascending order.
 */
public final class SearchRecords {

    public static final String TASK = "task";
    /** A passage is at most about this many chars; snippets show one. */
    static final int PASSAGE_CHARS = 280;


    private SearchRecords() {
    }

    /**
     * A record search covers, before its text is read: a document, or one of its tasks. Bodies are
     * read from their files only as each record is indexed, so a build never holds the text of every
     * record at once. The labels are the theme's words for what the record's text names.
     */
    public record Entry(Document document, Optional<Task> task, Labels labels) {
    }

    public static List<Entry> of(Site site) {
        List<Entry> entries = new ArrayList<>();
        Labels labels = site.theme().labels();
        for (Document d : site.documents()) {
            entries.add(new Entry(d, Optional.empty(), labels));
            for (Task t : d.tasks()) {
                entries.add(new Entry(d, Optional.of(t), labels));
            }
        }
        return entries;
    }

    /** The record with its text. */
    public static SearchRecord read(Entry e) {
        return e.task().map(t -> task(e.document(), t, e.labels())).orElseGet(() -> document(e.document(), e.labels()));
    }

    private static SearchRecord document(Document d, Labels words) {
        String singular = words.get(d.type().singularKey());
        String heading = d.number().isEmpty() ? words.get("document.title.typed", singular, d.title())
                : words.get("document.title.typed_numbered", singular, d.number(), d.title());
        List<String> passages = new ArrayList<>();
        passages.add(Nfc.of(heading));
        if (!d.editorNote().isEmpty()) {
            passages.addAll(passages(d.editorNote()));
        }
        passages.addAll(passages(plainText(d.body().text())));
        return new SearchRecord(d.id(), d.path(), d.type().code(), singular, heading, d.number(),
                d.issuer().map(Agency::name).orElse(""), d.signer().map(s -> s.name()).orElse(""),
                d.issuer().map(a -> List.of(a.id())).orElse(List.of()), d.issuer().map(a -> List.of(a.name())).orElse(List.of()),
                d.topics().stream().map(Topic::id).toList(), d.topics().stream().map(Topic::name).toList(),
                d.date().year(), d.date().display(), d.date().iso(), "", passages,
                new SearchRecord.Facts(d.type().code(), d.issuer().map(Agency::id).orElse(""), d.signer().map(s -> s.name()).orElse(""),
                        "", "", "", "", 0));
    }

    private static SearchRecord task(Document d, Task t, Labels words) {
        Set<Agency> agencies = new LinkedHashSet<>(t.leads());
        agencies.addAll(t.support());
        List<String> passages = new ArrayList<>();
        // results label a task as one already; its heading is its title alone
        passages.add(Nfc.of(t.title()));
        List<String> lines = new ArrayList<>();
        lines.add(words.get("search.task.leads", String.join(", ", t.leads().stream().map(Agency::name).toList())));
        if (!t.support().isEmpty()) {
            lines.add(words.get("search.task.support", String.join(", ", t.support().stream().map(Agency::name).toList())));
        }
        lines.add(words.get("search.task.status", words.of(t.status())));
        String deadline = t.due().map(PartialDate::display).orElse(t.dueText());
        if (!deadline.isEmpty()) {
            lines.add(words.get("search.task.due", deadline));
        }
        if (!t.note().isEmpty()) {
            lines.add(t.note());
        }
        for (Update u : t.updates()) {
            if (!u.note().isEmpty()) {
                lines.add(u.note());
            }
        }
        // Results show a task under its document, or name the document once beside it: the task's
        // text does not repeat it, so a document's number finds the document, not each of its tasks.
        lines.forEach(l -> passages.addAll(passages(l)));
        // a task is filed under its topics (its document's unless it has its own), but their names are not its words
        return new SearchRecord(t.id(), t.path(), TASK, words.get("search.task"), passages.get(0), "", "", "",
                agencies.stream().map(Agency::id).toList(), agencies.stream().map(Agency::name).toList(),
                t.topics().stream().map(Topic::id).toList(), List.of(),
                d.date().year(), d.date().display(), d.date().iso(), words.get(t.document().typeKey()) + " " + t.document().label(),
                passages, new SearchRecord.Facts(d.type().code(), d.issuer().map(Agency::id).orElse(""),
                        d.signer().map(s -> s.name()).orElse(""), t.status().code(), words.of(t.status()),
                        String.join(", ", t.leads().stream().map(Agency::name).toList()), deadline,
                        t.due().map(p -> p.last().getYear() * 10000 + p.last().getMonthValue() * 100 + p.last().getDayOfMonth()).orElse(0)));
    }

    /** Markdown to the words a reader sees, from flexmark's tree. */
    static String plainText(String markdown) {
        return MarkdownText.of(markdown);
    }

    /** Paragraphs, with long ones cut after a sentence, or else at a space, near {@link #PASSAGE_CHARS}. */
    static List<String> passages(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : Nfc.of(text).split("\n")) {
            String p = paragraph.strip();
            while (p.length() > PASSAGE_CHARS) {
                int cut = sentenceEnd(p);
                if (cut < 0) {
                    cut = p.lastIndexOf(' ', PASSAGE_CHARS);
                }
                if (cut <= 0) {
                    cut = PASSAGE_CHARS;
                }
                out.add(p.substring(0, cut).strip());
                p = p.substring(cut).strip();
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The end of the last sentence that finishes within a passage, after at least a third of it. */
    private static int sentenceEnd(String p) {
        for (int i = PASSAGE_CHARS; i > PASSAGE_CHARS / 3; i--) {
            char c = p.charAt(i - 1);
            if ((c == '.' || c == ';' || c == '!' || c == '?') && i < p.length() && p.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
