package congkhai.load;

import congkhai.base.Fields;
import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.SourceText;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.Suggestions;
import congkhai.base.Text;
import congkhai.base.YamlNode;
import congkhai.base.YamlReader;
import congkhai.config.SiteConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the text of one {@code .md} record into a {@link DocumentSource} and its problems. */
public final class DocumentParser {

    private static final List<String> FIELDS = List.of("type", "title", "date", "number", "issuer", "signer",
            "topics", "refs", "tasks", "source", "attachments", "draft", "editor_note", "aliases");
    private static final List<String> TASK_FIELDS = List.of("id", "title", "lead", "support", "due", "due_text", "note");

    private final YamlReader yaml;
    private final Optional<SiteConfig> config;

    /** @param config the agencies and topics ids are checked against; empty when the config itself failed */
    public DocumentParser(YamlReader yaml, Optional<SiteConfig> config) {
        this.yaml = yaml;
        this.config = config;
    }

    /**
     * @param path the file as errors should name it ({@code content/plans/kh-122.md})
     * @param id   the record id derived from the path
     * @param text the whole file, already decoded
     */
    public Parsed<DocumentSource> parse(String path, String id, String text) {
        List<Problem> problems = new ArrayList<>();
        text = SourceText.normalize(text);
        SourcePos start = SourcePos.startOf(path);
        if (!Text.isRecordId(id)) {
            problems.add(new Problem(start, "record id '" + id + "' (from the file's path) may use only lowercase ASCII letters, digits, '-' and '/'; rename the file"));
        }
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            problems.add(new Problem(start, text.isBlank()
                    ? "empty file; a document starts with front matter between '---' lines"
                    : "a document must start with a '---' line, then its YAML front matter, then another '---' line"));
            return Parsed.failed(problems);
        }
        FrontMatter fm = split.get();
        if (fm.closingLine() < 0) {
            problems.add(new Problem(start, "front matter is not closed: add a '---' line after it"));
            return Parsed.failed(problems);
        }
        Parsed<YamlNode> tree = yaml.read(path, fm.yaml(), 1);
        problems.addAll(tree.problems());
        if (tree.value().isEmpty()) {
            return Parsed.failed(problems);
        }
        YamlNode root = tree.value().get();
        if (root instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(new Problem(new SourcePos(path, 2, 1), "front matter is empty; 'type', 'title' and 'date' are required"));
            return Parsed.failed(problems);
        }
        Optional<Fields> maybe = Fields.of(root, "front matter", problems);
        if (maybe.isEmpty()) {
            return Parsed.failed(problems);
        }
        Fields f = maybe.get();
        f.rejectUnknown(FIELDS, "front matter");

        Optional<DocType> type = f.requiredString("type").flatMap(t -> {
            Optional<DocType> known = DocType.fromCode(t.value().strip());
            if (known.isEmpty()) {
                f.error(t.pos(), "unknown document type '" + t.value() + "'" + Suggestions.didYouMean(t.value(), DocType.codes())
                        + "; use one of " + String.join(", ", DocType.codes()));
            }
            return known;
        });
        Optional<String> title = f.requiredString("title").map(t -> t.value().strip());
        Optional<PartialDate> date = f.date("date", true, false).map(Located::value);
        Located<String> number = f.optionalString("number").map(n -> new Located<>(n.value().strip(), n.pos()))
                .orElse(new Located<>("", f.valuePos("number")));
        Optional<Located<String>> issuer = f.optionalString("issuer").map(i -> new Located<>(i.value().strip(), i.pos()));
        Optional<Signer> signer = signer(f, problems);
        List<Located<String>> topics = f.stringList("topics");
        List<Located<String>> refs = f.stringList("refs");
        List<TaskSource> tasks = tasks(f, problems);
        issuer.ifPresent(i -> checkAgency(i, f));
        topics.forEach(t -> checkTopic(t, f));
        Optional<String> source = f.optionalString("source").flatMap(s -> webUrl(s, f));
        List<Located<String>> attachments = f.stringList("attachments");
        List<Located<String>> aliases = aliases(f);
        boolean draft = f.bool("draft", false);
        String editorNote = f.optionalString("editor_note").map(n -> n.value().strip()).orElse("");

        if (type.isEmpty() || title.isEmpty() || date.isEmpty()) {
            return Parsed.failed(problems);
        }
        DocumentSource doc = new DocumentSource(id, path, type.get(), title.get(), date.get(), number, issuer, signer,
                topics, refs, tasks, source, attachments, aliases, draft, editorNote, MarkdownBody.of(fm.body()), fm.closingLine() + 1, start);
        return Parsed.of(doc, problems);
    }

    /** Each alias as the path of its redirect page; a mistaken one is reported and left out. */
    private static List<Located<String>> aliases(Fields f) {
        List<Located<String>> aliases = new ArrayList<>();
        for (Located<String> a : f.stringList("aliases")) {
            String written = a.value().strip();
            Optional<String> mistake = Aliases.mistake(written);
            if (mistake.isPresent()) {
                f.error(a.pos(), mistake.get());
            } else {
                aliases.add(new Located<>(Aliases.path(written), a.pos()));
            }
        }
        return aliases;
    }

    private static Optional<Signer> signer(Fields f, List<Problem> problems) {
        Optional<YamlNode> node = f.node("signer");
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping) {
            return Fields.of(node.get(), "signer", problems).flatMap(s -> {
                s.rejectUnknown(List.of("name", "position"), "signer");
                Optional<Located<String>> name = s.requiredString("name");
                String position = s.optionalString("position").map(p -> p.value().strip()).orElse("");
                return name.map(n -> new Signer(n.value().strip(), position));
            });
        }
        return f.optionalString("signer").filter(s -> !s.value().isBlank()).map(s -> new Signer(s.value().strip(), ""));
    }

    private void checkAgency(Located<String> id, Fields f) {
        config.ifPresent(c -> {
            if (!c.agencies().containsKey(id.value())) {
                f.error(id.pos(), "unknown agency '" + id.value() + "'" + Suggestions.didYouMean(id.value(), c.agencies().keySet()));
            }
        });
    }

    private void checkTopic(Located<String> id, Fields f) {
        config.ifPresent(c -> {
            if (!c.topics().containsKey(id.value())) {
                f.error(id.pos(), "unknown topic '" + id.value() + "'" + Suggestions.didYouMean(id.value(), c.topics().keySet()));
            }
        });
    }

    private List<TaskSource> tasks(Fields f, List<Problem> problems) {
        Optional<YamlNode> node = f.node("tasks");
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            f.error(node.get().pos(), "field 'tasks' must be a list of tasks");
            return List.of();
        }
        List<TaskSource> tasks = new ArrayList<>();
        Map<String, SourcePos> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            Optional<Fields> maybe = Fields.of(item, "a task", problems);
            if (maybe.isEmpty()) {
                continue;
            }
            Fields t = maybe.get();
            t.rejectUnknown(TASK_FIELDS, "a task");
            Optional<Located<String>> id = t.requiredString("id").filter(i -> {
                if (!Text.isId(i.value())) {
                    t.error(i.pos(), "task id '" + i.value() + "' may use only lowercase ASCII letters, digits and single '-' between them");
                    return false;
                }
                SourcePos first = seen.putIfAbsent(i.value(), i.pos());
                if (first != null) {
                    t.error(i.pos(), "duplicate task id '" + i.value() + "' (first at line " + first.line() + ")");
                    return false;
                }
                return true;
            });
            Optional<String> title = t.requiredString("title").map(s -> s.value().strip());
            List<Located<String>> leads = t.stringList("lead");
            if (leads.isEmpty() && !t.has("lead")) {
                t.error(t.pos(), "missing required field 'lead' (the agency that leads the task)");
            } else if (leads.isEmpty() && !(t.node("lead").orElseThrow() instanceof YamlNode.Mapping)) {
                // a mapping was already reported as not text
                t.error(t.valuePos("lead"), "field 'lead' names no agency");
            }
            List<Located<String>> support = t.stringList("support");
            leads.forEach(a -> checkAgency(a, t));
            support.forEach(a -> checkAgency(a, t));
            Optional<PartialDate> due = t.date("due", false, true).map(Located::value);
            String dueText = t.optionalString("due_text").map(s -> s.value().strip()).orElse("");
            String note = t.optionalString("note").map(s -> s.value().strip()).orElse("");
            if (id.isPresent() && title.isPresent() && !leads.isEmpty()) {
                tasks.add(new TaskSource(id.get(), title.get(), leads, support, due, dueText, note, t.pos()));
            }
        }
        return tasks;
    }

    private static Optional<String> webUrl(Located<String> text, Fields f) {
        try {
            URI uri = new URI(text.value().strip());
            if (uri.isAbsolute() && uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.of(uri.toString());
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        f.error(text.pos(), "field 'source' must be an absolute http or https URL, not '" + text.value() + "'");
        return Optional.empty();
    }

    /** The YAML between the '---' lines and the Markdown after them. */
    record FrontMatter(String yaml, String body, int closingLine) {

        /** Empty when the text does not start with a '---' line; closingLine -1 when it is never closed. */
        static Optional<FrontMatter> split(String text) {
            if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
                return Optional.empty();
            }
            int lineStart = text.indexOf('\n') + 1;
            int line = 2;
            while (lineStart > 0 && lineStart <= text.length()) {
                int end = text.indexOf('\n', lineStart);
                String l = (end < 0 ? text.substring(lineStart) : text.substring(lineStart, end)).stripTrailing();
                if (l.equals("---") || l.equals("...")) {
                    String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                    String body = end < 0 ? "" : text.substring(end + 1);
                    return Optional.of(new FrontMatter(yaml, body, line));
                }
                if (end < 0) {
                    break;
                }
                lineStart = end + 1;
                line++;
            }
            return Optional.of(new FrontMatter("", "", -1));
        }
    }
}
