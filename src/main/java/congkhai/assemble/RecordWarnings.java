package congkhai.assemble;

import congkhai.base.DeadlineText;
import congkhai.base.SourcePos;
import congkhai.base.Warning;
import congkhai.load.MarkdownBody;
import congkhai.model.Task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code check} warns of in published records: what a reader would see is wrong, though the
 * site builds. The body {@code new} wrote and nobody replaced; a resolution, decision, conclusion,
 * plan, report or notice without its number or issuer; a task without {@code due} whose own words
 * name a deadline.
 */
public final class RecordWarnings {

    private RecordWarnings() {
    }

    /**
     * @param sources the text of each record's source file, by its path ({@link Document#sourcePath()}),
     *                which places each warning on its line; a record missing here is warned of at its first line
     */
    public static List<Warning> of(Site site, Map<String, String> sources) {
        List<Warning> warnings = new ArrayList<>();
        for (Document d : site.documents()) {
            String source = sources.getOrDefault(d.sourcePath(), "");
            // a body is read again from its file, so only one short enough to be the placeholder is
            if (d.body().length() < MarkdownBody.PLACEHOLDER.length() + 8 && d.body().text().strip().equals(MarkdownBody.PLACEHOLDER)) {
                String body = d.body().text();
                int blank = (int) body.substring(0, body.indexOf(MarkdownBody.PLACEHOLDER)).chars().filter(c -> c == '\n').count();
                warnings.add(new Warning(new SourcePos(d.sourcePath(), d.bodyLine() + blank, 1),
                        "the body is still the line \"" + MarkdownBody.PLACEHOLDER + "\" that new wrote; copy the document's text in"));
            }
            if (d.type().numbered()) {
                if (d.number().isBlank()) {
                    warnings.add(new Warning(at(d.sourcePath(), source, "^number\\s*:"),
                            "a " + d.type().code() + " normally carries a number; this record has none (number)"));
                }
                if (d.issuer().isEmpty()) {
                    warnings.add(new Warning(at(d.sourcePath(), source, "^#?\\s*issuer\\s*:"),
                            "a " + d.type().code() + " normally names its issuer; this record names none (issuer)"));
                }
            }
            for (Task t : d.tasks()) {
                // a task divided into sub-tasks has its deadlines on them, and due_text without due is
                // the webmaster's own reading that the words give no date
                if (t.deadline().date().isEmpty() && !t.deadline().recurs() && t.subtasks().isEmpty() && t.dueText().isBlank()) {
                    String words = t.title() + " " + t.note();
                    DeadlineText.find(words).filter(f -> !f.due().equals("{every: unstated}")).ifPresent(found -> warnings.add(new Warning(
                            at(d.sourcePath(), source, "^\\s*-?\\s*(?<at>id)\\s*:\\s*[\"']?" + Pattern.quote(t.localId()) + "[\"']?\\s*(#.*)?$"),
                            "task '" + t.localId() + "' has no deadline (due) but its words name one: \"" + found.text()
                                    + "\"; add due: " + found.due())));
                }
            }
        }
        warnings.sort(Comparator.comparing((Warning w) -> w.pos().path()).thenComparingInt(w -> w.pos().line()));
        return List.copyOf(warnings);
    }

    /** Where {@code line} (at its group "at", if it has one) first matches in {@code source}, or the file's first line. */
    private static SourcePos at(String path, String source, String line) {
        Matcher m = Pattern.compile(line, Pattern.MULTILINE).matcher(source);
        if (!m.find()) {
            return SourcePos.startOf(path);
        }
        int start = line.contains("(?<at>") ? m.start("at") : m.start();
        int n = 1;
        for (int i = 0; i < start; i++) {
            if (source.charAt(i) == '\n') {
                n++;
            }
        }
        int col = 1 + start - (source.lastIndexOf('\n', start - 1) + 1);
        return new SourcePos(path, n, col);
    }
}
