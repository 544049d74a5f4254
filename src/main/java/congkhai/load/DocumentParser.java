package congkhai.load;

import congkhai.base.Fields;
import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.base.Recurrence;
import congkhai.base.SourcePos;
import congkhai.base.SourceText;
import congkhai.base.Suggestions;
import congkhai.base.Text;
import congkhai.base.YamlNode;
import congkhai.base.YamlReader;
import congkhai.config.SiteConfig;
import congkhai.model.Deadline;
import congkhai.model.DocType;
import congkhai.model.Signer;

import java.net.URI;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text of one {@code .md} record into a {@link DocumentSource} and its problems. */
public final class DocumentParser {

    private static final List<String> FIELDS = List.of("type", "title", "date", "number", "issuer", "signer",
            "topics", "refs", "tasks", "source", "attachments", "draft", "editor_note", "directives", "aliases");
    private static final List<String> TASK_FIELDS = List.of("id", "title", "lead", "support", "due", "due_text", "due_expected",
            "note", "parent", "topics");
    private static final List<String> RECURRENCE_FIELDS = List.of("every", "by", "from", "until");
    private static final List<String> DIRECTIVE_FIELDS = List.of("text", "to", "note");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

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
            Optional<DocType> known = DocType.parse(t.value());
            if (known.isEmpty()) {
                // the Vietnamese name of each type is read too, so a typo in one is answered with it
                List<String> names = new ArrayList<>(DocType.codes());
                Arrays.stream(DocType.values()).map(DocType::slug).forEach(names::add);
                f.error(t.pos(), "unknown document type '" + t.value() + "'" + Suggestions.didYouMean(t.value(), names)
                        + "; use one of " + Arrays.stream(DocType.values()).map(d -> d.code() + " (" + d.slug() + ")")
                                .collect(java.util.stream.Collectors.joining(", ")));
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
        List<Located<String>> refs = f.stringOrMappingList("refs", this::refMapping);
        List<TaskSource> tasks = tasks(f, problems);
        List<DirectiveSource> directives = directives(f, problems);
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
        DocumentSource doc = new DocumentSource(id, path, type.get(), title.get(), date.get(), number, issuer,
                topics, refs, tasks, attachments, aliases, draft, start, directives,
                new OwnFields(signer, source, editorNote, MarkdownBody.of(fm.body()), fm.closingLine() + 1));
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

    private static final List<String> REF_FIELDS = List.of("number", "date", "issuer");

    /**
     * A ref written as a mapping, {number: "7/TB-UBND", date: 2021-01-15, issuer: ubnd-tinh}, as the
     * citation it stands for: "7/TB-UBND ngày 15/01/2021 của ubnd-tinh".
     */
    private Optional<Located<String>> refMapping(Fields r) {
        r.rejectUnknown(REF_FIELDS, "a ref");
        Optional<Located<String>> number = r.requiredString("number");
        Optional<PartialDate> date = r.date("date", false, false).map(Located::value);
        Optional<Located<String>> issuer = r.optionalString("issuer").map(i -> new Located<>(i.value().strip(), i.pos()));
        issuer.ifPresent(i -> checkAgency(i, r));
        return number.map(n -> new Located<>(n.value().strip()
                + date.map(d -> (d.isDay() ? " ngày " : " ") + d.display()).orElse("")
                + issuer.map(i -> " của " + i.value()).orElse(""), r.pos()));
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
            Deadline deadline = deadline(t, problems);
            String dueText = t.optionalString("due_text").map(s -> s.value().strip()).orElse("");
            String note = t.optionalString("note").map(s -> s.value().strip()).orElse("");
            Optional<Located<String>> parent = t.optionalString("parent").filter(p -> !p.value().isBlank())
                    .map(p -> new Located<>(p.value().strip(), p.pos()));
            Optional<List<Located<String>>> topics = t.has("topics") ? Optional.of(t.stringList("topics")) : Optional.empty();
            topics.ifPresent(list -> list.forEach(topic -> checkTopic(topic, t)));
            if (id.isPresent() && title.isPresent() && !leads.isEmpty()) {
                tasks.add(new TaskSource(id.get(), title.get(), leads, support, deadline, dueText, note, parent, topics, t.pos()));
            }
        }
        checkParents(tasks, seen.keySet(), f);
        return tasks;
    }

    /**
     * {@code due} is a date ({@code 2025-05-31}, {@code 2025-05}, {@code 2025-Q2}, {@code 2025}) or a
     * recurring deadline ({@code {every: year, by: 12-15}}); {@code due_expected} marks a fixed date the
     * document only expects.
     */
    private static Deadline deadline(Fields t, List<Problem> problems) {
        Optional<YamlNode> node = t.node("due");
        boolean expected = t.bool("due_expected", false);
        if (node.isPresent() && node.get() instanceof YamlNode.Mapping) {
            Optional<Recurrence> recurrence = Fields.of(node.get(), "a recurring deadline", problems).flatMap(DocumentParser::recurrence);
            if (expected) {
                t.error(t.valuePos("due_expected"), "field 'due_expected' is for a fixed 'due' date, not a recurring one");
            }
            return new Deadline(Optional.empty(), false, recurrence);
        }
        Optional<PartialDate> date = t.date("due", false, true).map(Located::value);
        if (expected && date.isEmpty() && !t.has("due")) {
            t.error(t.valuePos("due_expected"), "field 'due_expected' needs a 'due' date to mark as expected");
        }
        return new Deadline(date, expected && date.isPresent(), Optional.empty());
    }

    private static Optional<Recurrence> recurrence(Fields r) {
        r.rejectUnknown(RECURRENCE_FIELDS, "a recurring deadline");
        Optional<Recurrence.Every> every = r.requiredString("every").flatMap(e -> {
            Optional<Recurrence.Every> known = Recurrence.Every.fromCode(e.value().strip());
            if (known.isEmpty()) {
                r.error(e.pos(), "unknown period '" + e.value() + "' in 'every'" + Suggestions.didYouMean(e.value(), Recurrence.Every.codes())
                        + "; use one of " + String.join(", ", Recurrence.Every.codes()));
            }
            return known;
        });
        Optional<MonthDay> yearlyBy = Optional.empty();
        Optional<Integer> dayBy = Optional.empty();
        if (every.isPresent() && r.has("by")) {
            switch (every.get()) {
                case YEAR -> yearlyBy = r.optionalString("by").flatMap(b -> monthDay(b, r));
                case QUARTER, MONTH -> dayBy = r.integer("by", 1, 31);
                case UNSTATED -> r.error(r.valuePos("by"), "field 'by' needs a period in 'every' (year, quarter or month); 'unstated' has no day");
            }
        }
        Optional<Located<PartialDate>> from = r.date("from", false, true);
        Optional<Located<PartialDate>> until = r.date("until", false, true);
        if (every.isEmpty()) {
            return Optional.empty();
        }
        Recurrence recurrence = new Recurrence(every.get(), yearlyBy, dayBy, from.map(Located::value), until.map(Located::value));
        if (every.get() == Recurrence.Every.UNSTATED && (from.isPresent() || until.isPresent())) {
            r.error((from.isPresent() ? from : until).get().pos(), "fields 'from' and 'until' need a period in 'every' (year, quarter or month)");
            return Optional.empty();
        }
        if (from.isPresent() && until.isPresent()) {
            Recurrence.Period first = recurrence.periodOf(from.get().value().first());
            Recurrence.Period last = recurrence.periodOf(until.get().value().last());
            if (last.span().first().isBefore(first.span().first())) {
                r.error(until.get().pos(), "field 'until': the last period (" + last.label() + ") comes before the first (" + first.label() + ")");
                return Optional.empty();
            }
        }
        return Optional.of(recurrence);
    }

    /** A yearly deadline's day, written MM-DD: {@code 12-15} for 15 December. */
    private static Optional<MonthDay> monthDay(Located<String> text, Fields r) {
        Matcher m = MONTH_DAY.matcher(text.value().strip());
        if (m.matches()) {
            try {
                return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                r.error(text.pos(), "field 'by': '" + text.value() + "' is not a day of the year");
                return Optional.empty();
            }
        }
        r.error(text.pos(), "field 'by': a yearly deadline's day is written MM-DD (12-15 for 15 December), not '" + text.value() + "'");
        return Optional.empty();
    }

    /** A parent must be another task of the same document, and parents cannot form a loop. */
    private static void checkParents(List<TaskSource> tasks, Set<String> ids, Fields f) {
        Map<String, String> parentOf = new HashMap<>();
        for (TaskSource t : tasks) {
            t.parent().ifPresent(p -> {
                if (!ids.contains(p.value())) {
                    f.error(p.pos(), "unknown parent task '" + p.value() + "'" + Suggestions.didYouMean(p.value(), ids)
                            + "; 'parent' names another task of this document");
                } else {
                    parentOf.put(t.id().value(), p.value());
                }
            });
        }
        for (TaskSource t : tasks) {
            Set<String> chain = new HashSet<>();
            for (String current = t.id().value(); current != null; current = parentOf.get(current)) {
                if (!chain.add(current)) {
                    f.error(t.parent().orElseThrow().pos(), "task '" + t.id().value() + "' is its own ancestor through 'parent'");
                    break;
                }
            }
        }
    }

    /** Directives: plain text, or {@code {text, to, note}} with {@code to} naming the agencies or groups addressed. */
    private List<DirectiveSource> directives(Fields f, List<Problem> problems) {
        Optional<YamlNode> node = f.node("directives");
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            f.error(node.get().pos(), "field 'directives' must be a list of directives");
            return List.of();
        }
        List<DirectiveSource> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.BOOLEAN && !s.isNull()) {
                if (s.text().isBlank()) {
                    f.error(s.pos(), "empty item in 'directives'");
                } else {
                    out.add(new DirectiveSource(s.text().strip(), List.of(), "", s.pos()));
                }
                continue;
            }
            Optional<Fields> maybe = Fields.of(item, "a directive", problems);
            if (maybe.isEmpty()) {
                continue;
            }
            Fields d = maybe.get();
            d.rejectUnknown(DIRECTIVE_FIELDS, "a directive");
            Optional<String> text = d.requiredString("text").map(t -> t.value().strip());
            List<Located<String>> to = d.stringList("to");
            to.forEach(a -> checkAgency(a, d));
            String note = d.optionalString("note").map(n -> n.value().strip()).orElse("");
            text.ifPresent(t -> out.add(new DirectiveSource(t, to, note, d.pos())));
        }
        return out;
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
